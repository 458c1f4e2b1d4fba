"""Which page class serves which navigation key.

Pages are written by two engineers and land at different times; the shell
looks them up here instead of importing them directly, so a page that does
not exist yet is simply left out of the navigation (never shown as a stub).
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import logging
from functools import cache

from hwclient.ui.pages.base import Page

log = logging.getLogger(__name__)

# navigation key → module under hwclient.ui.pages
PAGE_MODULES: dict[str, str] = {
    "language": "language",
    "check": "device_check",
    "terms": "terms",
    "signin": "signin",
    "register": "register",
    "verify_sent": "verify_sent",
    "forgot": "forgot",
    "home": "home",
    "book": "booking",
    "bookings": "bookings",
    "join": "join",
    "account": "account",
    "settings": "settings",
}


@cache
def page_class(key: str) -> type[Page] | None:
    """Return the page class for `key`, or None when that page is not available.

    A module may hold several pages (e.g. sign-in and register); the class whose
    `key` matches wins, else the module's only Page subclass.
    """
    module_name = PAGE_MODULES.get(key)
    if module_name is None:
        return None
    full = f"{__name__}.{module_name}"
    try:
        module = importlib.import_module(full)
    except ModuleNotFoundError as exc:
        if exc.name != full:
            log.exception("page %r could not be loaded; left out of the navigation", key)
        return None
    pages = [
        obj
        for obj in vars(module).values()
        if inspect.isclass(obj)
        and issubclass(obj, Page)
        and obj is not Page
        and obj.__module__ == full
    ]
    for cls in pages:
        if cls.key == key:
            return cls
    return pages[0] if len(pages) == 1 else None


@cache
def page_available(key: str) -> bool:
    """Whether a page's module exists, without importing it (start-up stays light)."""
    module_name = PAGE_MODULES.get(key)
    if module_name is None:
        return False
    return importlib.util.find_spec(f"{__name__}.{module_name}") is not None


def available_pages() -> list[str]:
    return [key for key in PAGE_MODULES if page_available(key)]
