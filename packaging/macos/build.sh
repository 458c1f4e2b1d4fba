#!/usr/bin/env bash
# Build the macOS app and disk image in one command (on a Mac):
#
#     bash packaging/macos/build.sh
#
# Result: dist/hwclient.app and dist/hwclient-<version>-macos-<arch>.dmg.
# Steps: make or reuse a virtualenv, install hwclient + hwserver + PyInstaller,
# compile translations, render icons, run PyInstaller (which writes
# Info.plist, the localized InfoPlist.strings and, with an identity, signs
# every binary with the hardened runtime and entitlements.plist), smoke-test
# the app, make the .dmg, then notarize and staple when credentials are set.
#
# Environment (all optional; without them you get an ad-hoc signed build that
# runs on this Mac, which is what CI produces):
#   HWCLIENT_VENV, HWCLIENT_PYTHON, HWCLIENT_SKIP_INSTALL  as in linux/build.sh
#   HWCLIENT_MACOS_SIGN_IDENTITY  "Developer ID Application: Name (TEAMID)" in the keychain
#   Notarization, one of:
#     HWCLIENT_NOTARY_PROFILE     a profile saved with `xcrun notarytool store-credentials`
#     HWCLIENT_NOTARY_KEY, HWCLIENT_NOTARY_KEY_ID, HWCLIENT_NOTARY_ISSUER
#                                 App Store Connect API key (.p8 path, key id, issuer id)
#     HWCLIENT_NOTARY_APPLE_ID, HWCLIENT_NOTARY_TEAM_ID, HWCLIENT_NOTARY_PASSWORD
#                                 Apple ID with an app-specific password
#   HWCLIENT_SKIP_SMOKE=1         do not run the built app
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=${HWCLIENT_VENV:-.venv}
PY="$VENV/bin/python"
IDENTITY=${HWCLIENT_MACOS_SIGN_IDENTITY:-}

step() { printf '\n== %s\n' "$*"; }

[ "$(uname -s)" = Darwin ] || { echo "build.sh for macOS runs on a Mac" >&2; exit 2; }

if [ ! -x "$PY" ]; then
    step "creating virtualenv $VENV"
    "${HWCLIENT_PYTHON:-python3}" -m venv "$VENV"
fi
if [ "${HWCLIENT_SKIP_INSTALL:-0}" != 1 ]; then
    step "installing hwclient, hwserver and PyInstaller"
    "$PY" -m pip install -q -e ./server -e ".[package]"
fi

VERSION=$("$PY" -c 'import hwclient; print(hwclient.__version__)')
ARCH=$(uname -m)
APP=dist/hwclient.app
DMG="dist/hwclient-$VERSION-macos-$ARCH.dmg"

step "compiling translations"
"$PY" -m hwclient.i18n build

step "rendering icons"
"$PY" packaging/make_icons.py build/icons >/dev/null

step "running PyInstaller${IDENTITY:+ (signing as $IDENTITY)}"
rm -rf dist/hwclient "$APP"
HWCLIENT_MACOS_SIGN_IDENTITY="$IDENTITY" "$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/hwclient.spec

step "checking the bundle"
plutil -lint "$APP/Contents/Info.plist"
for strings in "$APP"/Contents/Resources/*.lproj/InfoPlist.strings; do plutil -lint "$strings" >/dev/null; done
codesign --verify --deep --strict --verbose=2 "$APP"
if [ -n "$IDENTITY" ]; then
    codesign --display --entitlements - "$APP" | grep -q com.apple.security.device.camera \
        || { echo "camera entitlement missing from the signature" >&2; exit 1; }
fi

if [ "${HWCLIENT_SKIP_SMOKE:-0}" != 1 ]; then
    step "smoke test"
    expect=()
    if ls hwclient/translations/*.qm >/dev/null 2>&1; then expect=(--expect-translations); fi
    "$PY" packaging/smoke_app.py "$APP/Contents/MacOS/hwclient" --expect-version "$VERSION" \
        --lang ja ${expect[@]+"${expect[@]}"}
fi

notarize() {  # notarize FILE: submit, wait for Apple's verdict, staple the ticket
    local args=()
    if [ -n "${HWCLIENT_NOTARY_PROFILE:-}" ]; then
        args=(--keychain-profile "$HWCLIENT_NOTARY_PROFILE")
    elif [ -n "${HWCLIENT_NOTARY_KEY:-}" ]; then
        args=(--key "$HWCLIENT_NOTARY_KEY" --key-id "$HWCLIENT_NOTARY_KEY_ID" --issuer "$HWCLIENT_NOTARY_ISSUER")
    elif [ -n "${HWCLIENT_NOTARY_APPLE_ID:-}" ]; then
        args=(--apple-id "$HWCLIENT_NOTARY_APPLE_ID" --team-id "$HWCLIENT_NOTARY_TEAM_ID"
            --password "$HWCLIENT_NOTARY_PASSWORD")
    else
        return 1
    fi
    xcrun notarytool submit "$1" "${args[@]}" --wait --timeout 30m
    xcrun stapler staple "$2"
    xcrun stapler validate "$2"
}

NOTARIZE=0
if [ -n "$IDENTITY" ] && [ -n "${HWCLIENT_NOTARY_PROFILE:-}${HWCLIENT_NOTARY_KEY:-}${HWCLIENT_NOTARY_APPLE_ID:-}" ]; then
    NOTARIZE=1
    # The app is notarized and stapled on its own first: offices behind strict
    # proxies often block Gatekeeper's online lookup, and a stapled ticket
    # inside the app works offline even after it is copied out of the .dmg.
    step "notarizing the app"
    ditto -c -k --keepParent "$APP" build/hwclient-notarize.zip
    notarize build/hwclient-notarize.zip "$APP"
fi

step "making $DMG"
STAGE=build/dmg
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
ditto "$APP" "$STAGE/hwclient.app"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "hwclient $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
if [ -n "$IDENTITY" ]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
fi
if [ "$NOTARIZE" = 1 ]; then
    step "notarizing the disk image"
    notarize "$DMG" "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
else
    echo "not notarized (set HWCLIENT_MACOS_SIGN_IDENTITY and notary credentials to notarize)"
fi

step "done: $DMG ($(du -h "$DMG" | cut -f1))"
