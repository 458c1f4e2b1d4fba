"""The hosted-CI workflow (.github/workflows/ci.yml): valid, and calling scripts that exist.

It cannot run here, so it is checked three ways: actionlint (when installed;
it also runs shellcheck on the run: blocks if that is installed), the
SchemaStore schema for workflows bundled with check-jsonschema, and the
project's own expectations below.
"""

from __future__ import annotations

import re
import subprocess

import pytest
import yaml

WORKFLOW = ".github/workflows/ci.yml"


@pytest.fixture(scope="module")
def workflow(root) -> dict:
    return yaml.safe_load((root / WORKFLOW).read_text("utf-8"))


def run_steps(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_actionlint_accepts_the_workflow(root, find_tool):
    tool = find_tool("actionlint")
    if tool is None:
        pytest.skip("actionlint not installed")
    result = subprocess.run([tool, WORKFLOW], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_matches_the_github_schema(root, find_tool):
    tool = find_tool("check-jsonschema")
    if tool is None:
        pytest.skip("check-jsonschema not installed (test extra)")
    result = subprocess.run(
        [tool, "--builtin-schema", "vendor.github-workflows", WORKFLOW],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_tests_run_on_all_three_systems(workflow):
    test = workflow["jobs"]["test"]
    systems = {re.sub(r"-.*", "", os) for os in test["strategy"]["matrix"]["os"]}
    assert systems == {"ubuntu", "windows", "macos"}
    assert "python -m pytest" in run_steps(test)


def test_each_installer_is_built_after_the_tests_and_uploaded(workflow):
    artifacts = {
        "linux": "dist/hwclient-*-linux-*.tar.gz",
        "windows": "dist/hwclient-*-windows-x64-setup.exe",
        "macos": "dist/hwclient-*-macos-*.dmg",
    }
    for name, pattern in artifacts.items():
        job = workflow["jobs"][name]
        assert job["needs"] == "test"
        uploads = [
            s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact")
        ]
        assert [u["with"]["path"] for u in uploads] == [pattern]
        assert uploads[0]["with"]["if-no-files-found"] == "error"


def test_steps_call_scripts_that_exist(workflow, root):
    called = set()
    for job in workflow["jobs"].values():
        called.update(re.findall(r"(?:\./)?(packaging/[\w/.-]+\.(?:sh|ps1|py))", run_steps(job)))
    assert called >= {
        "packaging/linux/build.sh",
        "packaging/linux/smoke.sh",
        "packaging/windows/build.ps1",
        "packaging/macos/build.sh",
    }
    for path in called:
        assert (root / path).is_file(), path


def test_install_step_is_the_readme_command(workflow, root):
    readme = (root / "README.md").read_text("utf-8")
    install = next(
        s["run"] for s in workflow["jobs"]["test"]["steps"] if s.get("name") == "Install"
    )
    assert '-e "./server[test]" -e ".[test]"' in install
    assert '-e "./server[test]" -e ".[test]"' in readme
