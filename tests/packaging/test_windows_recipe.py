"""The Windows installer recipe: Inno Setup script, version resource, build script."""

from __future__ import annotations

import ast
import re

import pytest

from hwclient import __version__


@pytest.fixture(scope="module")
def version_info(load_script):
    return load_script("packaging/windows/version_info.py")


@pytest.fixture(scope="module")
def iss(root) -> dict[str, list[str]]:
    """The Inno Setup script as {section: [lines]} (comments and blanks dropped)."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for raw in (root / "packaging/windows/hwclient.iss").read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections.setdefault(current, [])
            continue
        sections[current].append(line)
    return sections


def setup_value(iss: dict[str, list[str]], key: str) -> str:
    values = [line.split("=", 1)[1] for line in iss["Setup"] if line.startswith(key + "=")]
    assert len(values) == 1, key
    return values[0]


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("2.0rc1", (2, 0, 0, 0)),
        ("3", (3, 0, 0, 0)),
    ],
)
def test_numeric_version_has_four_parts(version_info, version, numbers):
    assert version_info.numeric_version(version) == numbers


def test_numeric_version_refuses_a_non_version(version_info):
    with pytest.raises(ValueError, match="release version"):
        version_info.numeric_version("latest")


def test_version_resource_matches_the_package(version_info):
    assert version_info.package_version() == __version__
    text = version_info.version_info_text(__version__)
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates this expression
    assert isinstance(tree.body, ast.Call)
    assert tree.body.func.id == "VSVersionInfo"
    numbers = version_info.numeric_version(__version__)
    assert f"filevers={numbers}" in text
    assert f"prodvers={numbers}" in text
    strings = dict(re.findall(r"StringStruct\('(\w+)', '([^']*)'\)", text))
    assert strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == "hwclient.exe"


def test_installer_is_per_user_without_admin(iss):
    assert setup_value(iss, "PrivilegesRequired") == "lowest"
    assert setup_value(iss, "DefaultDirName").startswith("{autopf}")
    assert setup_value(iss, "AppVersion") == "{#AppVersion}"
    assert setup_value(iss, "OutputBaseFilename") == "hwclient-{#AppVersion}-windows-x64-setup"


def test_installer_speaks_japanese_and_english(iss):
    langs = dict(re.findall(r'Name: "(\w+)"; MessagesFile: "([^"]+)"', "\n".join(iss["Languages"])))
    assert langs == {"ja": "compiler:Languages\\Japanese.isl", "en": "compiler:Default.isl"}
    custom = iss["CustomMessages"]
    names = {line.split("=", 1)[0].split(".", 1)[1] for line in custom}
    for name in names:  # every custom message exists in both languages
        assert any(line.startswith(f"ja.{name}=") for line in custom), name
        assert any(line.startswith(f"en.{name}=") for line in custom), name


def test_start_menu_entry_and_files_point_at_the_pyinstaller_output(iss, root):
    assert any(line.startswith('Name: "{autoprograms}') for line in iss["Icons"])
    assert '#define SourceDir "..\\..\\dist\\hwclient"' in "\n".join(iss[""])
    spec = (root / "packaging/hwclient.spec").read_text("utf-8")
    assert 'name="hwclient"' in spec
    assert 'name="hwclient-cli"' in spec
    assert '#define AppExe "hwclient.exe"' in "\n".join(iss[""])


def test_signing_hook_is_wired_both_ways(iss, root):
    script = "\n".join(iss["Setup"])
    assert "#ifdef Sign\nSignTool=hwsign\nSignedUninstaller=yes\n#endif" in script
    build = (root / "packaging/windows/build.ps1").read_text("utf-8")
    assert '"/DSign", "/Shwsign=$($env:HWCLIENT_SIGN_COMMAND)"' in build
    assert "if ($env:HWCLIENT_SIGN_COMMAND)" in build  # unset: skipped, not an error
    assert "/DAppVersion=$version" in build


def test_it_readme_documents_launch_paths_and_hosts(root):
    text = (root / "packaging/windows/README-IT.md").read_text("utf-8")
    for needle in ("zoommtg://", "https://zoom.us", "/SERVER=", "truststore", "Credential Manager"):
        assert needle in text, needle
