"""The default probe set for the running OS."""

from __future__ import annotations

import platform
import sys
from typing import Any

from hwclient.checks.probes import Probe, ProbeFn, common, media
from hwclient.checks.probes.media import MediaLister
from hwclient.checks.probes.runner import call_python

__all__ = ["MediaLister", "default_probes", "platform_info"]

HTTP_TIMEOUT = 1.5  # people wait for the whole check; a reachable site answers far sooner


def platform_info() -> dict[str, Any]:
    """OS family and version only: nothing that identifies the machine."""
    return {
        "system": platform.system(),
        "release": platform.release(),
        "version": platform.version()[:100],
        "machine": platform.machine(),
        "python": platform.python_version(),
    }


def _platform_probes() -> list[Probe]:
    if sys.platform == "win32":
        from hwclient.checks.probes import windows

        return windows.probes()
    if sys.platform == "darwin":
        from hwclient.checks.probes import macos

        return macos.probes()
    from hwclient.checks.probes import linux

    return linux.probes()


def default_probes(
    *,
    server_url: str | None = None,
    camera_probe: ProbeFn | None = None,
    media_devices: MediaLister | None = None,
    http_timeout: float = HTTP_TIMEOUT,
) -> list[Probe]:
    def py(name: str, fn: Any, checks: set[str], timeout: float = 5.0) -> Probe:
        return Probe(name, lambda: call_python(name, fn), frozenset(checks), timeout)

    out = [
        Probe(
            "media.devices",
            lambda: media.list_devices(media_devices),
            frozenset({"camera", "microphone", "speaker"}),
            5.0,
        ),
        Probe("camera.open", camera_probe or media.open_default_camera, frozenset({"camera"}), 8.0),
        py("net.interfaces", common.net_interfaces, {"network"}),
        py("sys.battery", common.battery, {"power"}),
        py("proc.list", common.processes, {"processes"}, 8.0),
        Probe("sys.load", common.load, frozenset({"resources"}), 3.0),
        Probe(
            "net.zoom",
            lambda: common.http_probe("net.zoom", common.ZOOM_URL, http_timeout),
            frozenset({"connectivity"}),
            http_timeout + 0.5,
        ),
    ]
    if server_url:
        url = server_url.rstrip("/") + "/healthz"
        out.append(
            Probe(
                "net.backend",
                lambda: common.http_probe("net.backend", url, http_timeout),
                frozenset({"connectivity"}),
                http_timeout + 0.5,
            )
        )
    return out + _platform_probes()
