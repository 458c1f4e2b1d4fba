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
FALLBACK = "ja"
_BY_KEY = {code.lower().replace("_", "-"): code for code in SUPPORTED}
# Tags people and browsers really send that name one of our languages another way.
_ALIASES = {
    "ja-x-easy": "ja_easy",
    "ja-easy": "ja_easy",
    "zh": "zh_CN",
    "zh-hans": "zh_CN",
    "zh-sg": "zh_CN",
    "zh-hant": "zh_TW",
    "zh-hk": "zh_TW",
    "zh-mo": "zh_TW",
    "pt": "pt_BR",
    "tl": "fil",
    "in": "id",  # the old ISO code some systems still send
}


def normalise_language(value: str) -> str | None:
    """Map ja, zh-CN, zh_cn, zh-Hant-HK, ja-x-easy, … onto the canonical code; None if unknown.

    Longer tags are cut from the right until something matches, so a script or region we
    do not list still finds its language (es-MX → es, zh-Hant-HK → zh_TW).
    """
    key = value.strip().lower().replace("_", "-")
    while key:
        code = _BY_KEY.get(key) or _ALIASES.get(key)
        if code:
            return code
        key = key.rpartition("-")[0]
    return None


def from_accept_language(header: str | None) -> str | None:
    """Best supported language of an Accept-Language header: highest q first, then order given.

    A range with q=0 means "not this one" (RFC 9110) and is skipped; None when nothing fits,
    so the caller can try the user's saved language before falling back to Japanese.
    """
    if not header:
        return None
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        weight = _weight(params)
        if weight > 0 and tag.strip() and tag.strip() != "*":
            ranked.append((-weight, index, tag.strip()))
    for _w, _i, tag in sorted(ranked):
        code = normalise_language(tag)
        if code:
            return code
    return None


def negotiate(header: str | None) -> str:
    """The language to answer in: the header's best supported one, else Japanese."""
    return from_accept_language(header) or FALLBACK


def _weight(params: str) -> float:
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                return min(max(float(value), 0.0), 1.0)
            except ValueError:
                return 0.0
    return 1.0


def bcp47(code: str) -> str:
    """The tag to put in Content-Language and html lang= (ja_easy is private-use ja-x-easy)."""
    return "ja-x-easy" if code == "ja_easy" else code.replace("_", "-")
