"""The macOS Info.plist, its translations and the hardened-runtime entitlements."""

from __future__ import annotations

import plistlib

import pytest

from hwclient import __version__
from hwclient.i18n import LANGUAGES

# Apple's folder name for each app language (ja_easy has no macOS locale).
LPROJ = {
    "ja": "ja",
    "en": "en",
    "zh_CN": "zh-Hans",
    "zh_TW": "zh-Hant",
    "ko": "ko",
    "vi": "vi",
    "fil": "fil",
    "pt_BR": "pt-BR",
    "es": "es",
    "ne": "ne",
    "id": "id",
    "th": "th",
    "my": "my",
}


@pytest.fixture(scope="module")
def plist(load_script):
    return load_script("packaging/macos/info_plist.py")


def test_info_plist_is_valid_and_carries_the_package_version(plist):
    info = plistlib.loads(plistlib.dumps(plist.info_plist(__version__)))
    assert info["CFBundleShortVersionString"] == __version__
    assert info["CFBundleIdentifier"] == plist.BUNDLE_ID
    assert info["LSMinimumSystemVersion"] == "12.0"
    assert info["NSHighResolutionCapable"] is True
    assert "camera" in info["NSCameraUsageDescription"]
    assert "microphone" in info["NSMicrophoneUsageDescription"]
    assert info["CFBundleLocalizations"] == plist.localizations()


def test_every_app_language_has_localized_permission_texts(plist):
    wanted = {LPROJ[lang.code] for lang in LANGUAGES if lang.code != "ja_easy"}
    assert set(plist.localizations()) == wanted
    english = plist.parse_strings((plist.LOCALES_DIR / "en.lproj/InfoPlist.strings").read_text())
    for lproj in sorted(wanted):
        text = (plist.LOCALES_DIR / f"{lproj}.lproj" / "InfoPlist.strings").read_text("utf-8")
        values = plist.parse_strings(text)
        assert set(values) == set(plist.LOCALIZED_KEYS), lproj
        assert all(v.strip() for v in values.values()), lproj
        if lproj != "en":  # really translated, not English copied
            assert values["NSCameraUsageDescription"] != english["NSCameraUsageDescription"]
            assert values["NSMicrophoneUsageDescription"] != english["NSMicrophoneUsageDescription"]


def test_localized_files_go_into_the_bundle_resources(plist):
    pairs = plist.localized_datas()
    assert len(pairs) == len(plist.localizations())
    for source, dest in pairs:
        assert source.endswith("InfoPlist.strings")
        assert dest.endswith(".lproj")


def test_strings_parser_rejects_a_broken_line(plist):
    assert plist.parse_strings('/* c */\n"A" = "b \\" c";\n') == {"A": 'b \\" c'}
    with pytest.raises(ValueError, match="unparsable"):
        plist.parse_strings('"A" = "missing semicolon"\n')


def test_entitlements_allow_camera_and_microphone(root):
    ent = plistlib.loads((root / "packaging/macos/entitlements.plist").read_bytes())
    assert ent["com.apple.security.device.camera"] is True
    assert ent["com.apple.security.device.audio-input"] is True
    assert "com.apple.security.cs.allow-jit" not in ent  # no WebEngine, no JIT
