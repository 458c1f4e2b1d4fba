"""Switching the language live changes every visible text, to the catalogue's words.

A person who picks the wrong language and switches back must not be left
with a half-translated window: on each page, the texts shown in English are
compared with those shown after switching to Japanese and then Vietnamese.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import pytest

from hwclient.i18n import LANGUAGES
from hwclient.ui.context import AppContext
from tests.i18n.catalogue import read_ts, ts_path
from tests.i18n.pseudo import english_words
from tests.i18n.widgets import shown_texts

if TYPE_CHECKING:
    from tests.i18n.conftest import OpenedWindow

pytestmark = pytest.mark.gui

SWITCHES = ("ja", "vi")
NATIVE_NAMES = {lang.native_name for lang in LANGUAGES}
#: page key -> what must be on screen before its texts are compared
PAGES: dict[str, Callable[[Any], object]] = {
    "home": lambda p: p.loaded and p.booking is not None,
    "book": lambda p: p.office_list.count() > 0,
    "bookings": lambda p: p.cards,
    "check": lambda p: p.report is not None and not p.running,
    "account": lambda p: p.me is not None,
    "settings": lambda p: True,
}


def catalogue(code: str) -> dict[str, set[str]]:
    """English source -> its translations in `code` (any context; plural messages left out)."""
    out: dict[str, set[str]] = {}
    for message in read_ts(ts_path(code)):
        if not message.numerus:
            out.setdefault(message.source, set()).update(message.translations)
    return out


def snapshot(window: Any, user_data: set[str]) -> dict[str, str]:
    """Texts that ought to be translated, by widget path (people's own data left out)."""
    texts = {}
    for shown in shown_texts(window):
        rest = shown.text
        for value in user_data | NATIVE_NAMES:
            rest = rest.replace(value, " ")
        if english_words(rest):
            texts[shown.path] = shown.text
    return texts


async def switch(ctx: AppContext, code: str) -> None:
    ctx.set_language(code)
    await asyncio.sleep(0.2)  # LanguageChange is posted: let every widget retranslate


@pytest.mark.timeout(120)
async def test_switching_language_live_changes_every_visible_text(
    open_window: Callable[[str], Awaitable[OpenedWindow]], signed_up_user: Any, wait_until: Any
) -> None:
    opened = await open_window("en")
    window, ctx = opened.window, opened.ctx
    await ctx.session.sign_in(signed_up_user.email, signed_up_user.password)
    ctx.signedIn.emit()
    user_data = {signed_up_user.email, signed_up_user.me.name}
    words = {code: catalogue(code) for code in SWITCHES}
    unchanged: list[str] = []
    wrong: list[str] = []
    for key, ready in PAGES.items():
        window.go(key)
        await wait_until(lambda key=key, ready=ready: ready(window.pages[key]))
        await asyncio.sleep(0.1)
        before = snapshot(window, user_data)
        assert before, f"{key}: no English text seen"
        for code in SWITCHES:
            await switch(ctx, code)
            after = {s.path: s.text for s in shown_texts(window)}
            for path, text in before.items():
                if path not in after:
                    continue
                same_word = text in words[code].get(text, set())  # e.g. vi "Camera"
                if after[path] == text and not same_word:
                    unchanged.append(f"{key} -> {code}: {path}: {text!r}")
                elif text in words[code] and after[path] not in words[code][text]:
                    wrong.append(f"{key} -> {code}: {path}: {after[path]!r} is not the catalogue's")
        await switch(ctx, "en")
        assert snapshot(window, user_data) == before, f"{key}: switching back to English differs"
    assert unchanged == [], "still English after a live switch:\n" + "\n".join(unchanged)
    assert wrong == [], "\n".join(wrong)
