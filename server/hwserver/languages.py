"""The language codes the service speaks (the client's list) and how to read them."""

from __future__ import annotations

SUPPORTED = (
    "ja",
    "ja_easy",
    "en",
    "zh_CN",
    "zh_TW",
    "ko",
    "vi",
    "fil",
    "pt_BR",
    "es",
    "ne",
    "id",
    "th",
    "my",
)
_BY_KEY = {code.lower().replace("_", "-"): code for code in SUPPORTED}
_ALIASES = {"zh-hans": "zh_CN", "zh-hant": "zh_TW", "zh": "zh_CN", "pt": "pt_BR", "tl": "fil"}


def normalise_language(value: str) -> str | None:
    """Map ja, zh-CN, zh_cn, pt-BR, … onto the canonical code; None when unsupported."""
    key = value.strip().lower().replace("_", "-")
    return _BY_KEY.get(key) or _ALIASES.get(key)


def from_accept_language(header: str | None) -> str | None:
    """First supported language of an Accept-Language header (weights in order given)."""
    if not header:
        return None
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        ranked.append((-weight, index, tag))
    for _w, _i, tag in sorted(ranked):
        code = normalise_language(tag) or normalise_language(tag.split("-")[0])
        if code:
            return code
    return None
