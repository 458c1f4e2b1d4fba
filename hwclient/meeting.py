"""Open the counselling meeting: the Zoom app if installed, else the browser.

The join answer comes from our server, but a compromised or spoofed server
must not be able to make this app open an arbitrary link (a phishing page
or a `file:` URL). So only https links on Zoom's own domains are accepted,
and the deep link for the Zoom app is rebuilt from checked parts rather than
taken as given. The display name defaults to the booking's name because the
counsellor uses it to check who joined.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import sys
import webbrowser
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PureWindowsPath
from typing import Literal
from urllib.parse import parse_qs, urlencode, urlsplit

from hwclient.api.models import JoinInfo
from hwclient.i18n import translate

ZOOM_DOMAINS = ("zoom.us", "zoomgov.com")
MAX_NAME_LENGTH = 64
_MEETING_ID = re.compile(r"\d{9,12}")
_PATH_ID = re.compile(r"^/(?:j|w|s|wc/join|wc)/(\d{9,12})(?:/|$)")

LaunchKind = Literal["app", "browser"]


class UnsafeMeetingLink(ValueError):
    """The server sent a join link we will not open."""

    def user_message(self) -> str:
        return translate(
            "Meeting",
            "The meeting link from the service does not look like a Zoom link, so the app "
            "did not open it. Please phone your Hello Work office.",
        )


@dataclass(frozen=True)
class LaunchPlan:
    """What to open. If opening `url` fails, the UI opens `fallback_url` (the browser link)."""

    url: str = field(repr=False)  # carries the passcode
    kind: LaunchKind
    fallback_url: str | None = field(default=None, repr=False)


def is_zoom_host(host: str) -> bool:
    """zoom.us, zoomgov.com and their sub-domains; never look-alikes such as zoom.us.evil.com."""
    name = host.lower().rstrip(".")
    if not name.isascii():  # Zoom uses no IDN; full-width and homoglyph hosts are refused
        return False
    return any(name == domain or name.endswith("." + domain) for domain in ZOOM_DOMAINS)


def validate_join_url(url: str) -> str:
    """Return the URL if it is an https link on a Zoom domain; else raise UnsafeMeetingLink."""
    if any(ord(ch) < 33 or ch in "\\\x7f" for ch in url):
        raise UnsafeMeetingLink("whitespace, control or backslash characters in the join URL")
    parts = urlsplit(url)
    if parts.scheme.lower() != "https":
        raise UnsafeMeetingLink(f"join URL scheme {parts.scheme!r} is not https")
    if parts.username is not None or parts.password is not None:
        raise UnsafeMeetingLink("join URL carries user information")
    host = parts.hostname or ""
    if not is_zoom_host(host):
        raise UnsafeMeetingLink(f"join URL host {host!r} is not a Zoom domain")
    try:
        port = parts.port
    except ValueError as exc:
        raise UnsafeMeetingLink("join URL has a bad port") from exc
    if port not in (None, 443):
        raise UnsafeMeetingLink("join URL uses an unusual port")
    return url


def meeting_number(join: JoinInfo) -> str | None:
    """The numeric meeting id from the answer, or else from the join URL."""
    given = re.sub(r"[\s-]", "", join.meeting_id or "")
    if _MEETING_ID.fullmatch(given):
        return given
    parts = urlsplit(join.join_url)
    found = _PATH_ID.match(parts.path)
    if found:
        return found.group(1)
    confno = parse_qs(parts.query).get("confno", [""])[0]
    return confno if _MEETING_ID.fullmatch(confno) else None


def clean_display_name(name: str) -> str:
    """Names go into a URL and onto the counsellor's screen: no control characters."""
    printable = "".join(ch for ch in name if ch.isprintable()).strip()
    return printable[:MAX_NAME_LENGTH]


def app_link(join: JoinInfo, display_name: str) -> str | None:
    """`zoommtg://zoom.us/join?confno=…&pwd=…&uname=…`, or None without a meeting number."""
    number = meeting_number(join)
    if number is None:
        return None
    host = urlsplit(join.join_url).hostname or ""
    scheme_host = (
        "zoomgov.com" if is_zoom_host(host) and host.endswith("zoomgov.com") else "zoom.us"
    )
    passcode = join.passcode or parse_qs(urlsplit(join.join_url).query).get("pwd", [""])[0]
    query = {"action": "join", "confno": number}
    if passcode:
        query["pwd"] = passcode
    name = clean_display_name(display_name)
    if name:
        query["uname"] = name
    return f"zoommtg://{scheme_host}/join?{urlencode(query)}"


def plan_launch(join: JoinInfo, display_name: str, *, app_installed: bool) -> LaunchPlan:
    """Choose the Zoom app when installed (the browser link stays as the fallback)."""
    browser_url = validate_join_url(join.join_url)
    if app_installed:
        link = app_link(join, display_name)
        if link is not None:
            return LaunchPlan(url=link, kind="app", fallback_url=browser_url)
    return LaunchPlan(url=browser_url, kind="browser")


def open_plan(plan: LaunchPlan, opener: Callable[[str], bool] | None = None) -> bool:
    """Open the plan's link, falling back to the browser link; True if something opened.

    The UI passes `QDesktopServices.openUrl`-based opener; the default is the
    standard library's webbrowser module (used by the headless paths).
    """
    open_url = opener or webbrowser.open
    if open_url(plan.url):
        return True
    return bool(plan.fallback_url) and bool(open_url(plan.fallback_url))


# -- is the Zoom app installed? (a small probe per OS) -------------------------


# Where Windows keeps the program that opens zoommtg:// links (HKCR merges the
# per-user HKCU\Software\Classes and the machine-wide HKLM\Software\Classes).
ZOOM_PROTOCOL_KEY = r"zoommtg\shell\open\command"
_ENV_VAR = re.compile(r"%([^%]+)%")
_UNQUOTED_EXE = re.compile(r"^(.+?\.exe)(?=\s|$)", re.IGNORECASE)


def _windows_candidates(
    env: Mapping[str, str], read_class_command: Callable[[str], str | None] | None = None
) -> list[PurePath]:
    roots = [env.get("APPDATA"), env.get("ProgramFiles"), env.get("ProgramFiles(x86)")]
    found: list[PurePath] = [
        PureWindowsPath(root, "Zoom", "bin", "Zoom.exe") for root in roots if root
    ]
    # An install elsewhere (a custom MSI folder) is still found through the
    # program Windows would start for a zoommtg:// link, which is what we open.
    read = read_class_command or read_windows_class_command
    handler = command_executable(read(ZOOM_PROTOCOL_KEY), env)
    if handler is not None:
        found.append(handler)
    return found


def command_executable(command: str | None, env: Mapping[str, str]) -> PureWindowsPath | None:
    """The program a Windows "open" command starts, with %VARIABLES% expanded.

    Handlers are written as `"C:\\Program Files\\App\\App.exe" "%1"`, with or without the
    quotes, with other arguments after the path, or as REG_EXPAND_SZ with
    `%APPDATA%`-style variables; None when there is no usable path.
    """
    if not command or not command.strip():
        return None
    folded = {name.upper(): value for name, value in env.items()}
    text = _ENV_VAR.sub(lambda m: folded.get(m.group(1).upper(), m.group(0)), command.strip())
    if text.startswith('"'):
        path = text[1:].split('"', 1)[0]
    else:
        unquoted = _UNQUOTED_EXE.match(text)
        path = unquoted.group(1) if unquoted else text.split()[0]
    if "%" in path or not PureWindowsPath(path).is_absolute():
        return None
    return PureWindowsPath(path)


def read_windows_class_command(key: str) -> str | None:
    """The default value of HKEY_CLASSES_ROOT\\<key>, or None (not Windows, no such key)."""
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, key) as handle:
            value, _kind = winreg.QueryValueEx(handle, None)
    except OSError:
        return None
    return value if isinstance(value, str) else None


def _mac_candidates(env: Mapping[str, str]) -> list[PurePath]:
    home = env.get("HOME")
    found: list[PurePath] = [Path("/Applications/zoom.us.app")]
    if home:
        found.append(Path(home) / "Applications" / "zoom.us.app")
    return found


def _linux_candidates(env: Mapping[str, str]) -> list[PurePath]:
    found: list[PurePath] = [
        Path("/opt/zoom/zoom"),
        Path("/usr/bin/zoom"),
        Path("/snap/bin/zoom-client"),
        Path("/var/lib/flatpak/app/us.zoom.Zoom"),
    ]
    home = env.get("HOME")
    if home:
        found.append(Path(home) / ".local/share/flatpak/app/us.zoom.Zoom")
    return found


def zoom_app_installed(
    system: str | None = None,
    env: Mapping[str, str] | None = None,
    exists: Callable[[PurePath], bool] = lambda path: Path(path).exists(),
    which: Callable[[str], str | None] = shutil.which,
    read_class_command: Callable[[str], str | None] | None = None,
) -> bool:
    """Look for the Zoom desktop app where its installers put it (see research §6)."""
    system = system or platform.system()
    env = os.environ if env is None else env
    if system == "Windows":
        candidates = _windows_candidates(env, read_class_command)
    elif system == "Darwin":
        candidates = _mac_candidates(env)
    else:
        if which("zoom"):
            return True
        candidates = _linux_candidates(env)
    return any(exists(path) for path in candidates)
