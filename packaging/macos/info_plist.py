"""The macOS Info.plist for hwclient.app, built from the package version.

Bundle id: `jp.hwclient.desktop`. Reverse-DNS ids only need to be unique
and stable (macOS keys camera/microphone permissions, the Keychain entry and
preferences on it). We use a neutral id under `jp.` rather than any real
organisation's domain, because the project is not published by Hello Work or
the Ministry; an office that ships its own signed build should change
`BUNDLE_ID` once, before the first release, and never again (changing it
later makes macOS ask for camera and microphone permission afresh).

The English permission texts here are the fallback; each language's text is
in `locales/<lang>.lproj/InfoPlist.strings`, which macOS prefers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LOCALES_DIR = HERE / "locales"
BUNDLE_ID = "jp.hwclient.desktop"
MINIMUM_MACOS = "12.0"  # oldest macOS the PySide6 6.x wheels and Zoom still support
LOCALIZED_KEYS = ("CFBundleDisplayName", "NSCameraUsageDescription", "NSMicrophoneUsageDescription")


def localizations() -> list[str]:
    """Language folders shipped, e.g. ['en', 'ja', 'zh-Hans', ...]."""
    return sorted(p.name.removesuffix(".lproj") for p in LOCALES_DIR.glob("*.lproj"))


def info_plist(version: str) -> dict[str, Any]:
    """Keys PyInstaller's BUNDLE merges into the generated Info.plist."""
    base = parse_strings((LOCALES_DIR / "en.lproj" / "InfoPlist.strings").read_text("utf-8"))
    return {
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleName": "hwclient",
        "CFBundleDisplayName": base["CFBundleDisplayName"],
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": localizations(),
        "CFBundleAllowMixedLocalizations": True,
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "NSHighResolutionCapable": True,
        "NSSupportsAutomaticGraphicsSwitching": True,
        "NSRequiresAquaSystemAppearance": False,
        "NSCameraUsageDescription": base["NSCameraUsageDescription"],
        "NSMicrophoneUsageDescription": base["NSMicrophoneUsageDescription"],
        "NSHumanReadableCopyright": "MIT License, the hwclient authors",
    }


def parse_strings(text: str) -> dict[str, str]:
    """Read the simple `"Key" = "Value";` form our InfoPlist.strings files use."""
    import re

    body = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)
    pairs = re.findall(r'^\s*"([^"]+)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;\s*$', body, re.MULTILINE)
    leftover = [
        line
        for line in body.splitlines()
        if line.strip() and not re.match(r'^\s*"[^"]+"\s*=\s*".*"\s*;\s*$', line)
    ]
    if leftover:
        raise ValueError(f"unparsable lines: {leftover}")
    return dict(pairs)


def localized_datas() -> list[tuple[str, str]]:
    """(source, destination) pairs putting each .lproj folder into Contents/Resources."""
    return [(str(p / "InfoPlist.strings"), p.name) for p in sorted(LOCALES_DIR.glob("*.lproj"))]
