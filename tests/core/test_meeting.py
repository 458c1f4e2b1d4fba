"""Joining must open only Zoom, and open the app when it is installed."""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import parse_qs, urlsplit

import pytest

from hwclient.api.models import JoinInfo
from hwclient.meeting import (
    ZOOM_PROTOCOL_KEY,
    LaunchPlan,
    UnsafeMeetingLink,
    command_executable,
    open_plan,
    plan_launch,
    validate_join_url,
    zoom_app_installed,
)


def join(url: str = "https://us02web.zoom.us/j/85746352411?pwd=xyzENC", **kw: str) -> JoinInfo:
    return JoinInfo(
        provider="zoom",
        join_url=url,
        meeting_id=kw.get("meeting_id", "857 4635 2411"),
        passcode=kw.get("passcode", "493021"),
    )


def test_app_link_carries_meeting_passcode_and_encoded_name() -> None:
    plan = plan_launch(join(), "山田 太郎 & Co", app_installed=True)
    assert plan.kind == "app"
    parts = urlsplit(plan.url)
    assert (parts.scheme, parts.netloc, parts.path) == ("zoommtg", "zoom.us", "/join")
    query = parse_qs(parts.query)
    assert query["confno"] == ["85746352411"]
    assert query["pwd"] == ["493021"]
    assert query["uname"] == ["山田 太郎 & Co"]
    assert "&Co" not in parts.query  # the ampersand in the name is encoded
    assert plan.fallback_url == join().join_url


def test_browser_link_when_zoom_app_missing() -> None:
    plan = plan_launch(join(), "Taro", app_installed=False)
    assert plan == LaunchPlan(url=join().join_url, kind="browser")


def test_meeting_number_from_url_when_answer_has_none() -> None:
    info = join("https://zoom.us/j/123456789?pwd=abc", meeting_id="", passcode="")
    query = parse_qs(urlsplit(plan_launch(info, "", app_installed=True).url).query)
    assert query["confno"] == ["123456789"]
    assert query["pwd"] == ["abc"]  # the URL's encoded passcode works for the app too
    assert "uname" not in query


def test_zoomgov_meetings_use_the_zoomgov_app_host() -> None:
    plan = plan_launch(join("https://agency.zoomgov.com/j/1612345678"), "A", app_installed=True)
    assert urlsplit(plan.url).netloc == "zoomgov.com"


def test_control_characters_are_removed_from_the_display_name() -> None:
    plan = plan_launch(join(), "Taro\r\nInjected: yes\x00", app_installed=True)
    assert parse_qs(urlsplit(plan.url).query)["uname"] == ["TaroInjected: yes"]


@pytest.mark.parametrize(
    "url",
    [
        "http://zoom.us/j/85746352411",  # not https
        "https://zoom.us.evil.com/j/85746352411",  # look-alike suffix
        "https://evilzoom.us/j/85746352411",  # look-alike prefix
        "https://zoom.us@evil.com/j/85746352411",  # user-info trick
        "https://evil.com/?u=https://zoom.us/j/1",
        "https://zoom.us:8443/j/85746352411",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "zoommtg://zoom.us/join?confno=1",  # the server never sends a deep link itself
        "https://zoom.us\\@evil.com/j/1",
        "https://zoom.us/j/1 https://evil.com",
        "https://ｚｏｏｍ.us/j/85746352411",  # full-width look-alike
    ],
)
def test_non_zoom_links_are_refused(url: str) -> None:
    with pytest.raises(UnsafeMeetingLink) as caught:
        plan_launch(join(url), "Taro", app_installed=True)
    assert "Zoom" in caught.value.user_message()


@pytest.mark.parametrize(
    "url", ["https://zoom.us/j/1", "https://us06web.zoom.us/w/1?tk=x", "https://ZOOMGOV.com/j/1"]
)
def test_zoom_domains_are_accepted(url: str) -> None:
    assert validate_join_url(url) == url


def test_open_plan_falls_back_to_the_browser_link() -> None:
    opened: list[str] = []

    def opener(url: str) -> bool:
        opened.append(url)
        return url.startswith("https://")  # no handler for zoommtg:// on this PC

    plan = plan_launch(join(), "Taro", app_installed=True)
    assert open_plan(plan, opener)
    assert opened == [plan.url, join().join_url]


def _exists_among(paths: set[str]):
    return lambda path: str(path) in paths


def test_zoom_detection_windows_per_user_install() -> None:
    env = {"APPDATA": r"C:\Users\taro\AppData\Roaming", "ProgramFiles": r"C:\Program Files"}
    installed = {r"C:\Users\taro\AppData\Roaming\Zoom\bin\Zoom.exe"}
    assert zoom_app_installed("Windows", env, _exists_among(installed), lambda _: None)
    assert not zoom_app_installed("Windows", env, _exists_among(set()), lambda _: None)


def test_zoom_detection_windows_machine_wide_install() -> None:
    env = {"ProgramFiles": r"C:\Program Files"}
    installed = {r"C:\Program Files\Zoom\bin\Zoom.exe"}
    assert zoom_app_installed("Windows", env, _exists_among(installed), lambda _: None)


# The default value of HKEY_CLASSES_ROOT\zoommtg\shell\open\command in the forms
# Windows protocol handlers take: quoted path with arguments (what installers
# write), unquoted path containing spaces, and REG_EXPAND_SZ with a variable.
HANDLER_FORMS = [
    (r'"D:\Apps\Zoom\bin\Zoom.exe" "--url=%1"', r"D:\Apps\Zoom\bin\Zoom.exe"),
    (r"D:\Program Files\Zoom\bin\Zoom.exe --url=%1", r"D:\Program Files\Zoom\bin\Zoom.exe"),
    (r'"%APPDATA%\Zoom\bin\Zoom.exe" "%1"', r"C:\Users\taro\AppData\Roaming\Zoom\bin\Zoom.exe"),
    (r'"%appdata%\Zoom\bin\Zoom.exe" "%1"', r"C:\Users\taro\AppData\Roaming\Zoom\bin\Zoom.exe"),
]
WIN_ENV = {"APPDATA": r"C:\Users\taro\AppData\Roaming"}


@pytest.mark.parametrize(("command", "program"), HANDLER_FORMS)
def test_the_program_of_a_windows_link_handler_is_read_from_its_command(
    command: str, program: str
) -> None:
    assert str(command_executable(command, WIN_ENV)) == program


@pytest.mark.parametrize("command", [None, "", "   ", '"%UNKNOWN%\\Zoom.exe" "%1"', "Zoom.exe %1"])
def test_an_unusable_handler_command_names_no_program(command: str | None) -> None:
    assert command_executable(command, WIN_ENV) is None


def test_zoom_installed_in_its_own_folder_is_found_through_its_link_handler() -> None:
    """A custom MSI folder: not where we look for files, but zoommtg:// links open it."""
    handler = {ZOOM_PROTOCOL_KEY: r'"D:\Apps\Zoom\bin\Zoom.exe" "--url=%1"'}
    installed = {r"D:\Apps\Zoom\bin\Zoom.exe"}

    def on_windows(present: set[str], registry: dict[str, str]) -> bool:
        return zoom_app_installed(
            "Windows", WIN_ENV, _exists_among(present), lambda _: None, registry.get
        )

    assert on_windows(installed, handler)
    # a handler left behind by an uninstall (its program is gone) does not count
    assert not on_windows(set(), handler)
    assert not on_windows(installed, {})


def test_zoom_detection_macos() -> None:
    assert zoom_app_installed(
        "Darwin", {"HOME": "/Users/t"}, _exists_among({"/Applications/zoom.us.app"}), lambda _: None
    )
    user_app = {str(PurePath("/Users/t/Applications/zoom.us.app"))}
    assert zoom_app_installed(
        "Darwin", {"HOME": "/Users/t"}, _exists_among(user_app), lambda _: None
    )
    assert not zoom_app_installed("Darwin", {}, _exists_among(set()), lambda _: None)


def test_zoom_detection_linux() -> None:
    none = _exists_among(set())
    assert zoom_app_installed("Linux", {}, none, lambda name: "/usr/local/bin/zoom")
    assert zoom_app_installed("Linux", {}, _exists_among({"/opt/zoom/zoom"}), lambda _: None)
    assert not zoom_app_installed("Linux", {}, none, lambda _: None)
