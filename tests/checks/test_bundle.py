"""Diagnostics bundles: round trip gives the same report, and nothing personal is inside."""

from __future__ import annotations

import getpass
import importlib.util
import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from hwclient.checks import bundle
from hwclient.checks.engine import evaluate_bundle, run_checks
from hwclient.checks.probes import Probe
from hwclient.checks.raw import RawOutput
from hwclient.checks.redact import Redactor

_spec = importlib.util.spec_from_file_location(
    "checks_conftest", Path(__file__).with_name("conftest.py")
)
assert _spec
assert _spec.loader
conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(conf)

PERSONAL = ["Yamada-Home-5G", "Free_Wi-Fi_Station", "a4:c3:f0:12:34:56", "3c1a7d52-8e0b-4b8f-9d3e"]


def redacted(name: str):
    redactor = Redactor()
    raw = conf.read_scenario(name)
    outputs = {k: redactor.redact(v) for k, v in raw.outputs.items()}
    return redactor.finish(replace(raw, outputs=outputs))


@pytest.mark.parametrize("name", conf.SCENARIOS)
def test_round_trip_gives_the_same_report(name: str, policy, tmp_path: Path) -> None:
    raw = redacted(name)
    checks = list(conf.expected(name))
    before = evaluate_bundle(raw, policy, only=checks).to_json()
    path = tmp_path / "bundle.zip"
    bundle.save(path, raw, policy, evaluate_bundle(raw, policy, only=checks))
    loaded, loaded_policy = bundle.load(path)
    assert loaded_policy is not None
    assert evaluate_bundle(loaded, loaded_policy, only=checks).to_json() == before


@pytest.mark.parametrize("name", ["win11_24h2_home_en", "win11_25h2_pro_ja", "macos14_en"])
def test_redaction_keeps_the_verdicts(name: str, policy) -> None:
    checks = list(conf.expected(name))
    plain = evaluate_bundle(conf.read_scenario(name), policy, only=checks)
    hidden = evaluate_bundle(redacted(name), policy, only=checks)
    assert [r.status for r in hidden.results] == [r.status for r in plain.results]


def unzipped_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return "".join(zf.read(n).decode() for n in zf.namelist())


def test_no_ssid_mac_or_guid_in_the_saved_bundle(policy) -> None:
    text = unzipped_text(bundle.to_bytes(redacted("win11_24h2_home_en"), policy))
    text += unzipped_text(bundle.to_bytes(redacted("win11_25h2_pro_ja"), policy))
    for secret in PERSONAL:
        assert secret not in text
    assert "<ssid:hotspot:" in text  # the hotspot fact survives as a flag
    assert "<mac>" in text


def test_macos_nearby_network_names_are_removed_too(policy) -> None:
    raw = redacted("macos14_en")
    text = raw.outputs["mac.airport"].stdout
    assert "Sato-Home" not in text
    assert "0000docomo" not in text
    assert "f8:4d:89:01:02:03" not in text


async def test_live_run_never_stores_the_user_name_or_home_path(policy, tmp_path: Path) -> None:
    user = getpass.getuser()
    home_path = f"/home/{user}/Applications/zoom.us.app"

    async def zoom_files() -> RawOutput:
        return RawOutput("zoom.files", "python", value=[{"path": home_path, "version": "6.2.5"}])

    async def devices() -> RawOutput:
        described = {"description": "Hanako's AirPods Pro", "default": True}
        return RawOutput("media.devices", "python", value={"audio_outputs": [described]})

    probes = [
        Probe("zoom.files", zoom_files, frozenset({"zoom"})),
        Probe("media.devices", devices, frozenset({"speaker"})),
    ]
    report, raw = await run_checks(policy, only={"zoom", "speaker"}, probes=probes)
    blob = unzipped_text(bundle.to_bytes(raw, policy, report))
    assert f"/home/{user}/" not in blob
    assert "Hanako" not in blob
    assert "AirPods Pro" in blob


def test_manifest_lists_each_probe_with_its_files(policy) -> None:
    data = bundle.to_bytes(redacted("win11_25h2_pro_ja"), policy)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = set(zf.namelist())
    assert manifest["format"] == "hwclient-diagnostics"
    assert manifest["format_version"] == 1
    assert manifest["platform"]["system"] == "Windows"
    firewall = next(p for p in manifest["probes"] if p["probe"] == "win.firewall")
    assert firewall["returncode"] == 1
    assert firewall["files"] == {"stderr": "probes/win.firewall.stderr.txt"}
    assert all(f in names for p in manifest["probes"] for f in p["files"].values())


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"not a zip at all", "not-a-zip"),
        (b"PK\x03\x04 broken", "not-a-zip"),
    ],
)
def test_garbage_files_are_refused_with_a_reason(content: bytes, reason: str) -> None:
    with pytest.raises(bundle.BundleError) as info:
        bundle.from_bytes(content)
    assert info.value.reason == reason


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("files", "reason"),
    [
        ({"readme.txt": "hello"}, "not-a-bundle"),
        ({"manifest.json": '{"format": "something-else", "format_version": 1}'}, "not-a-bundle"),
        ({"manifest.json": "{broken"}, "damaged"),
        ({"manifest.json": '{"format": "hwclient-diagnostics", "format_version": 99}'}, "too-new"),
        ({"manifest.json": '{"format": "hwclient-diagnostics", "format_version": 1}'}, "damaged"),
    ],
)
def test_foreign_or_damaged_zips_are_refused_with_a_reason(files, reason: str) -> None:
    with pytest.raises(bundle.BundleError) as info:
        bundle.from_bytes(_zip(files))
    assert info.value.reason == reason


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        (
            '{"path": "C:\\\\Users\\\\taro.yamada\\\\AppData\\\\Zoom.exe"}',
            "taro.yamada",
        ),
        ("/Users/hanako/Applications/zoom.us.app", "hanako"),
        ("/home/kenji/.local/share/flatpak/app/us.zoom.Zoom", "kenji"),
        ("Physical address : a4-c3-f0-12-34-56", "a4-c3-f0-12-34-56"),
    ],
)
def test_user_names_and_hardware_ids_are_removed_from_any_text(text: str, hidden: str) -> None:
    raw = Redactor().redact(RawOutput("zoom.files", stdout=text))
    assert hidden not in raw.stdout
