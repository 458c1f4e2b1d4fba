"""Sample terms of use for the demo: our own words, following DESIGN.md's service rules.

Two versions, so the demo account (which agreed to the older one) is asked to
agree again. One Markdown body per language (<code>.md, the newer version) and
meta.json with each language's title, the sentence version 1.1 added (on
repeated no-shows; removing it gives 1.0) and the summary of that change.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def _meta() -> dict[str, dict[str, str]]:
    return json.loads(
        resources.files("hwserver.demo_terms").joinpath("meta.json").read_text("utf-8")
    )


def _body(language: str) -> str:
    return resources.files("hwserver.demo_terms").joinpath(f"{language}.md").read_text("utf-8")


def _older(language: str, meta: dict[str, str]) -> str:
    body, added = _body(language), meta["added_in_1_1"]
    if body.count(added) != 1:  # a reworded body would otherwise make 1.0 equal 1.1
        raise ValueError(f"demo terms {language}: the 1.1 sentence is not in the text once")
    return body.replace(added, "")


def versions() -> list[dict[str, Any]]:
    """[{version, days_before_now, texts: {lang: (title, body, changes_summary)}}], oldest first."""
    meta = _meta()
    old = {lang: (m["title"], _older(lang, m), None) for lang, m in meta.items()}
    new = {lang: (m["title"], _body(lang), m["changes_1_1"]) for lang, m in meta.items()}
    return [
        {"version": "1.0", "days_before_now": 120, "texts": old},
        {"version": "1.1", "days_before_now": 14, "texts": new},
    ]
