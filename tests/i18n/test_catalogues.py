"""The translation catalogues are complete, current with the code and safe to load.

A broken placeholder shows a person "{date}" instead of their booking date, a
missing plural form shows nothing at all, and a string added to the code but
not to the catalogues stays English in every language: each of these is a
failure here, with the file and message named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from hwclient.i18n import LANGUAGES, SOURCE_LANGUAGE
from tests.i18n.catalogue import (
    Message,
    lrelease,
    lrelease_warnings,
    lupdate_into,
    mnemonics,
    placeholders,
    read_ts,
    ts_language,
    ts_path,
)

CODES = [lang.code for lang in LANGUAGES]
TRANSLATED = [code for code in CODES if code != SOURCE_LANGUAGE]
#: English sources that may stay English in a translation: names of products only.
BRAND_ONLY: frozenset[str] = frozenset()
_PLACEHOLDER_TEXT = re.compile(r"%L?[1-9n]|\{[^{}]*\}")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Message]]:
    """What lupdate extracts from the code right now, per language, into new files.

    New files (not copies) so each holds exactly the code's strings, with as
    many empty plural forms as Qt's rules give that language.
    """
    folder = tmp_path_factory.mktemp("lupdate")
    out = {}
    for lang in LANGUAGES:
        ts = folder / f"hwclient_{lang.code}.ts"
        lupdate_into(ts, lang.code, lang.qt_locale)
        out[lang.code] = read_ts(ts)
    return out


def translated(code: str) -> Iterator[tuple[Message, str]]:
    for message in read_ts(ts_path(code)):
        for text in message.translations:
            yield message, text


def where(code: str, message: Message) -> str:
    return f"hwclient_{code}.ts [{message.context}] {message.source!r}"


def test_every_language_has_a_catalogue_for_its_locale() -> None:
    for lang in LANGUAGES:
        path = ts_path(lang.code)
        assert path.exists(), f"{path.name} is missing: run tools/update_translations.py"
        assert ts_language(path) == lang.qt_locale, f"{path.name}: wrong language attribute"


@pytest.mark.parametrize("code", CODES)
def test_no_unfinished_vanished_or_obsolete_entries(code: str) -> None:
    messages = read_ts(ts_path(code))
    assert messages, f"hwclient_{code}.ts has no messages"
    open_ = [f"{m.state or 'empty'}: {where(code, m)}" for m in messages if _not_done(m)]
    assert open_ == [], "\n".join(open_)


def _not_done(message: Message) -> bool:
    return bool(message.state) or not message.translations or not all(message.translations)


@pytest.mark.parametrize("code", CODES)
def test_catalogue_is_current_with_the_code(code: str, fresh: dict[str, list[Message]]) -> None:
    in_code = {m.key for m in fresh[code]}
    in_file = {m.key for m in read_ts(ts_path(code))}
    new = sorted(in_code - in_file)
    gone = sorted(in_file - in_code)
    assert not new, (
        f"hwclient_{code}.ts lacks {len(new)} string(s) now in the code, e.g. {new[:3]}: "
        "run `.venv/bin/python tools/update_translations.py`, then translate them"
    )
    assert not gone, (
        f"hwclient_{code}.ts keeps {len(gone)} string(s) the code no longer has, e.g. "
        f"{gone[:3]}: run `.venv/bin/python tools/update_translations.py`"
    )


@pytest.mark.parametrize("code", CODES)
def test_plural_messages_have_the_forms_qt_expects(
    code: str, fresh: dict[str, list[Message]]
) -> None:
    expected = {m.key: len(m.translations) for m in fresh[code] if m.numerus}
    assert expected, "the code has plural messages; lupdate found none"
    wrong = [
        f"{where(code, m)}: {len(m.translations)} form(s), Qt needs {expected[m.key]}"
        for m in read_ts(ts_path(code))
        if m.numerus and m.key in expected and len(m.translations) != expected[m.key]
    ]
    assert wrong == [], "\n".join(wrong)


@pytest.mark.parametrize("code", CODES)
def test_translations_keep_every_placeholder(code: str) -> None:
    broken = [
        f"{where(code, m)} -> {text!r}: has {sorted(placeholders(text).elements())}, "
        f"source has {sorted(placeholders(m.source).elements())}"
        for m, text in translated(code)
        if placeholders(text) != placeholders(m.source)
    ]
    assert broken == [], "\n".join(broken)


@pytest.mark.parametrize("code", CODES)
def test_translations_keep_one_keyboard_mnemonic(code: str) -> None:
    broken = [
        f"{where(code, m)} -> {text!r}: {mnemonics(text)} '&' mnemonic(s), "
        f"source has {mnemonics(m.source)}"
        for m, text in translated(code)
        if mnemonics(text) != mnemonics(m.source) or mnemonics(text) > 1
    ]
    assert broken == [], "\n".join(broken)


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_sentence_left_in_english(code: str) -> None:
    left = [
        where(code, m)
        for m, text in translated(code)
        if text.strip() == m.source.strip()
        and english_words(m.source) > 3
        and m.source not in BRAND_ONLY
    ]
    assert left == [], "still English:\n" + "\n".join(left)


def english_words(text: str) -> int:
    """Words a reader would have to understand: placeholders and symbols do not count."""
    return len(re.findall(r"[A-Za-z]+(?:'[a-z]+)?", _PLACEHOLDER_TEXT.sub(" ", text)))


@pytest.mark.parametrize("code", CODES)
def test_lrelease_compiles_without_warnings(code: str, tmp_path: Path) -> None:
    result = lrelease(ts_path(code), tmp_path / f"hwclient_{code}.qm")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / f"hwclient_{code}.qm").stat().st_size > 0
    assert lrelease_warnings(result) == [], f"lrelease on hwclient_{code}.ts warned"


def test_placeholder_and_mnemonic_rules_see_what_people_would_see() -> None:
    """The checks themselves: a dropped {date} or a doubled mnemonic must be caught."""
    assert placeholders("On {date} at %1, %n left") != placeholders("On at %1, %n left")
    assert placeholders("{count:d} of %L1") == placeholders("%1 の {count:d}")
    assert mnemonics("&Back") == 1
    assert mnemonics("戻る(&B)") == 1
    assert mnemonics("Fish && chips") == 0
    assert mnemonics("a&nbsp;b") == 0
    assert mnemonics("&Save && &close") == 2
