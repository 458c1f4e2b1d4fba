"""Diagnostics bundles: a zip of raw probe outputs the help desk can evaluate again.

Layout: `manifest.json` (format, versions, platform, locale, collection time,
one entry per probe with argv, return code, duration, error and file names),
`probes/<name>.stdout.txt|.stderr.txt|.json`, the `policy.json` used, and the
`report.json` produced at collection. Outputs are already redacted by the
engine before they get here.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from hwclient.checks.model import Report
from hwclient.checks.policy import Policy, PolicyError, parse_policy
from hwclient.checks.raw import RawBundle, RawOutput

FORMAT = "hwclient-diagnostics"
FORMAT_VERSION = 1
MAX_TOTAL_BYTES = 20 * 1024 * 1024  # a real bundle is well under 1 MB; refuse zip bombs
MAX_FILES = 400


class BundleError(Exception):
    """The file is not a diagnostics bundle this version can read. `reason` is a stable code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason  # not-found | not-a-zip | not-a-bundle | too-new | damaged


def _file_names(raw: RawOutput) -> dict[str, str]:
    base = f"probes/{raw.probe}"
    names = {}
    if raw.stdout:
        names["stdout"] = f"{base}.stdout.txt"
    if raw.stderr:
        names["stderr"] = f"{base}.stderr.txt"
    if raw.value is not None:
        names["value"] = f"{base}.json"
    return names


def manifest(bundle: RawBundle) -> dict[str, Any]:
    probes = []
    for raw in bundle.outputs.values():
        entry = raw.to_json()
        for key in ("stdout", "stderr", "value"):
            entry.pop(key)
        entry["files"] = _file_names(raw)
        probes.append(entry)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": bundle.app_version,
        "platform": bundle.platform,
        "locale": bundle.locale,
        "collected_at": bundle.collected_at.isoformat(),
        "check_durations": bundle.check_durations,
        "probes": probes,
    }


def to_bytes(bundle: RawBundle, policy: Policy, report: Report | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", _dump(manifest(bundle)))
        zf.writestr("policy.json", _dump(policy.to_json()))
        if report is not None:
            zf.writestr("report.json", _dump(report.to_json()))
        for raw in bundle.outputs.values():
            files = _file_names(raw)
            if "stdout" in files:
                zf.writestr(files["stdout"], raw.stdout)
            if "stderr" in files:
                zf.writestr(files["stderr"], raw.stderr)
            if "value" in files:
                zf.writestr(files["value"], _dump(raw.value))
    return buffer.getvalue()


def save(path: Path, bundle: RawBundle, policy: Policy, report: Report | None = None) -> None:
    """Write atomically so a crash never leaves half a bundle behind."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(to_bytes(bundle, policy, report))
    tmp.replace(path)


def load(path: Path) -> tuple[RawBundle, Policy | None]:
    """Read a bundle and the policy it was judged with (None if absent or unreadable)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise BundleError("not-found", str(path)) from exc
    except OSError as exc:
        raise BundleError("not-found", exc.strerror or str(exc)) from exc
    return from_bytes(data)


def from_bytes(data: bytes) -> tuple[RawBundle, Policy | None]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise BundleError("not-a-zip") from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_FILES or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise BundleError("damaged", "too large")
        try:
            meta = json.loads(zf.read("manifest.json"))
        except KeyError as exc:
            raise BundleError("not-a-bundle", "no manifest.json") from exc
        except (ValueError, zipfile.BadZipFile) as exc:
            raise BundleError("damaged", "manifest.json") from exc
        _check_manifest(meta)
        return _read(zf, meta), _policy(zf)


def _check_manifest(meta: Any) -> None:
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise BundleError("not-a-bundle")
    version = meta.get("format_version")
    if not isinstance(version, int):
        raise BundleError("damaged", "format_version")
    if version > FORMAT_VERSION:
        raise BundleError("too-new", str(version))


def _read(zf: zipfile.ZipFile, meta: dict[str, Any]) -> RawBundle:
    try:
        outputs = {}
        for entry in meta["probes"]:
            files = entry.get("files") or {}
            text = {k: _text(zf, files.get(k)) for k in ("stdout", "stderr")}
            value = json.loads(zf.read(files["value"])) if files.get("value") else None
            raw = RawOutput.from_json({**entry, **text, "value": value})
            outputs[raw.probe] = raw
        return RawBundle(
            collected_at=datetime.fromisoformat(meta["collected_at"]),
            platform=dict(meta["platform"]),
            app_version=str(meta["app_version"]),
            locale=str(meta.get("locale") or ""),
            outputs=outputs,
            check_durations={k: float(v) for k, v in (meta.get("check_durations") or {}).items()},
        )
    except (KeyError, TypeError, ValueError, zipfile.BadZipFile) as exc:
        raise BundleError("damaged", type(exc).__name__) from exc


def _text(zf: zipfile.ZipFile, name: str | None) -> str:
    return zf.read(name).decode("utf-8", errors="replace") if name else ""


def _policy(zf: zipfile.ZipFile) -> Policy | None:
    try:
        return parse_policy(json.loads(zf.read("policy.json")), source="bundle")
    except (KeyError, ValueError, PolicyError, zipfile.BadZipFile):
        return None


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
