"""Remove personal data from raw outputs before they are judged, saved or sent.

SSIDs become `<ssid:HASH>` (or `<ssid:hotspot:HASH>`, keeping the one fact
the rules need); user names in paths, MAC addresses, GUIDs and the host name
are replaced. The hash uses a random per-run salt, so it links outputs of one
bundle to each other and to nothing else.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import re
import secrets
import socket
from dataclasses import replace
from typing import Any

from hwclient.checks.parse import keyvalue, wifi
from hwclient.checks.raw import RawBundle, RawOutput

_MAC = re.compile(r"\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b")
_GUID = re.compile(r"\{?[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}\}?")
_HOME = re.compile(
    r"(?i)((?:[A-Z]:)?[\\/]+(?:Users|home|Documents and Settings)[\\/]+)([^\\/\s\"']+)"
)
_POSSESSIVE = re.compile(r"^.{1,40}?(?:['’]s\s+|の)(?=\S)")
_SSID_LABELS = ("SSID", "Profile", "プロファイル")
_DEVICE_KEYS = ("video_inputs", "audio_inputs", "audio_outputs")


class Redactor:
    def __init__(self) -> None:
        self._salt = secrets.token_bytes(16)
        self._ssids: dict[str, str] = {}
        self._personal = [s for s in _local_names() if len(s) >= 3]

    def token(self, ssid: str) -> str:
        if ssid in ("", wifi.REDACTED_BY_OS) or wifi.SSID_TOKEN.match(ssid):
            return ssid
        if ssid not in self._ssids:
            digest = hashlib.sha256(self._salt + ssid.encode()).hexdigest()[:10]
            flag = ":hotspot" if wifi.looks_like_hotspot(ssid) else ""
            self._ssids[ssid] = f"<ssid{flag}:{digest}>"
        return self._ssids[ssid]

    def redact(self, raw: RawOutput) -> RawOutput:
        """Structural pass: SSIDs where each tool prints them, then generic patterns."""
        stdout = self._ssid_fields(raw.probe, raw.stdout)
        value = self._value(raw.probe, raw.value)
        return replace(
            raw,
            argv=tuple(self._text(a) for a in raw.argv),
            stdout=self._text(stdout),
            stderr=self._text(raw.stderr),
            value=value,
        )

    def finish(self, bundle: RawBundle) -> RawBundle:
        """Last pass: an SSID learnt from one probe is removed from all the others too."""
        outputs = {name: self._known_ssids(raw) for name, raw in bundle.outputs.items()}
        return replace(bundle, outputs=outputs)

    def _known_ssids(self, raw: RawOutput) -> RawOutput:
        def scrub(text: str) -> str:
            for ssid, token in sorted(self._ssids.items(), key=lambda kv: -len(kv[0])):
                if len(ssid) >= 3:
                    text = text.replace(ssid, token)
            return text

        value = _map_strings(raw.value, scrub)
        return replace(raw, stdout=scrub(raw.stdout), stderr=scrub(raw.stderr), value=value)

    def _text(self, text: str) -> str:
        text = _HOME.sub(lambda m: m[1] + "<user>", text)
        text = _MAC.sub("<mac>", text)
        text = _GUID.sub("<guid>", text)
        for name in self._personal:
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "<name>", text)
        return text

    def _ssid_fields(self, probe: str, text: str) -> str:
        if probe == "win.wlan":
            return _replace_labelled(text, _SSID_LABELS, self.token)
        if probe == "linux.nmcli_wifi":
            return "\n".join(self._nmcli_line(line) for line in text.splitlines())
        if probe == "mac.airport":
            data = _json_or_none(text)
            return json.dumps(self._airport(data), ensure_ascii=False) if data is not None else ""
        if probe == "win.netprofile":
            data = _json_or_none(text)
            return (
                json.dumps(self._netprofile(data), ensure_ascii=False) if data is not None else text
            )
        return text

    def _nmcli_line(self, line: str) -> str:
        fields = wifi.split_terse(line)
        if len(fields) < 3:
            return line
        fields[1] = self.token(fields[1])
        return ":".join(f.replace("\\", "\\\\").replace(":", "\\:") for f in fields)

    def _airport(self, data: Any) -> Any:
        """Replace every `_name` under network lists (current and nearby networks)."""
        if isinstance(data, list):
            return [self._airport(i) for i in data]
        if not isinstance(data, dict):
            return data
        out = {}
        for key, value in data.items():
            if key == "_name" and "spairport_security_mode" in data:
                out[key] = self.token(str(value))
            else:
                out[key] = self._airport(value)
        return out

    def _netprofile(self, data: Any) -> Any:
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("Name"), str):
                item["Name"] = self.token(item["Name"])
        return data

    def _value(self, probe: str, value: Any) -> Any:
        if value is None:
            return None
        if probe == "media.devices" and isinstance(value, dict):
            value = {
                k: [_device(d) for d in v] if k in _DEVICE_KEYS and isinstance(v, list) else v
                for k, v in value.items()
            }
        return _map_strings(value, self._text)


def _map_strings(value: Any, fn: Any) -> Any:
    """Apply fn to every string leaf (never to keys or JSON syntax)."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_map_strings(v, fn) for v in value]
    if isinstance(value, dict):
        return {k: _map_strings(v, fn) for k, v in value.items()}
    return value


def _device(item: Any) -> Any:
    """ "Taro's AirPods" → "AirPods": Bluetooth names often carry the owner's name."""
    if isinstance(item, dict) and isinstance(item.get("description"), str):
        return {**item, "description": _POSSESSIVE.sub("", item["description"])}
    return item


def _replace_labelled(text: str, labels: tuple[str, ...], token: Any) -> str:
    out = []
    for line in text.splitlines():
        match = re.match(r"^(\s*)([^:\r\n]+?)(\s*:\s?)(.*)$", line)
        if match and keyvalue.pick({match[2].strip(): ""}, *labels) is not None and match[4]:
            line = f"{match[1]}{match[2]}{match[3]}{token(match[4].strip())}"
        out.append(line)
    return "\n".join(out)


def _json_or_none(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _local_names() -> list[str]:
    names = []
    with contextlib.suppress(Exception):  # no user name in some containers: nothing to hide
        names.append(getpass.getuser())
    host = socket.gethostname().split(".")[0]
    if host and host.lower() not in ("localhost",):
        names.append(host)
    return [n for n in names if n and n.lower() not in ("root", "user", "admin")]
