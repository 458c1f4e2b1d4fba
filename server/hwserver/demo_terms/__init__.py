"""Sample terms of use for the demo: our own words, following DESIGN.md's service rules.

Two versions, so the demo account (which agreed to the older one) is asked to
agree again. Japanese and English (ja.md, en.md); other languages fall back to
Japanese. Version 1.0 lacks the sentence on repeated no-shows that 1.1 adds.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

TITLE = {
    "ja": "オンライン職業相談 利用規約（サンプル）",
    "en": "Online job counselling: terms of use (sample)",
}
ADDED_IN_1_1 = {
    "ja": "、続く場合は予約できなくなることがあります",
    "en": "; if this happens repeatedly, you may not be able to book for a while",
}
CHANGES_1_1 = {
    "ja": "入室のない予約が続いた場合に、しばらく予約できなくなることを書き加えました（第3条）。",
    "en": "Added that repeated missed sessions can pause booking for a while (section 3).",
}


def _body(language: str) -> str:
    return resources.files("hwserver.demo_terms").joinpath(f"{language}.md").read_text("utf-8")


def versions() -> list[dict[str, Any]]:
    """[{version, days_before_now, texts: {lang: (title, body, changes_summary)}}], oldest first."""
    old = {lang: (TITLE[lang], _body(lang).replace(ADDED_IN_1_1[lang], ""), None) for lang in TITLE}
    new = {lang: (TITLE[lang], _body(lang), CHANGES_1_1[lang]) for lang in TITLE}
    return [
        {"version": "1.0", "days_before_now": 120, "texts": old},
        {"version": "1.1", "days_before_now": 14, "texts": new},
    ]
