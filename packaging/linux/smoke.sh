#!/usr/bin/env bash
# Smoke-test the built Linux bundle the way a user gets it.
#
#     bash packaging/linux/smoke.sh dist
#
# The argument is the dist folder (its newest hwclient-*-linux-*.tar.gz is
# used), a tarball, or an unpacked app folder. With a tarball the bundle is
# unpacked and installed with install.sh into a throw-away HOME, and the
# installed command is tested; nothing outside a temporary folder is touched.
#
# Checks: every bundled library resolves; then packaging/smoke_app.py runs
# `hwclient --version`, `hwclient check --json` (a valid report) and the GUI
# in demo mode (QT_QPA_PLATFORM=offscreen unless a display is set) for
# SMOKE_GUI_SECONDS (default 8), failing on a Traceback or ERROR in its
# output or log; finally the menu entry is validated and uninstall is checked.
set -euo pipefail
TARGET=${1:?usage: smoke.sh DIST_DIR | TARBALL | APP_DIR}
GUI_SECONDS=${SMOKE_GUI_SECONDS:-8}
PY=$(command -v python3)
HERE=$(cd "$(dirname "$0")" && pwd)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/hwclient-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

pass() { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*" >&2; exit 1; }

# A private HOME: settings, keyring files, logs and the install go here.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export XDG_STATE_HOME="$WORK/home/.local/state" XDG_CACHE_HOME="$WORK/home/.cache"
mkdir -p "$HOME"

if [ -d "$TARGET" ] && [ ! -f "$TARGET/hwclient" ]; then
    # shellcheck disable=SC2012  # our own file names: no odd characters
    TARBALL=$(ls -t "$TARGET"/hwclient-*-linux-*.tar.gz 2>/dev/null | head -n1 || true)
    [ -n "$TARBALL" ] || fail "no hwclient-*-linux-*.tar.gz in $TARGET (run packaging/linux/build.sh)"
    TARGET=$TARBALL
fi

INSTALLED=0
if [ -f "$TARGET" ]; then
    tar -xzf "$TARGET" -C "$WORK"
    UNPACKED=$(find "$WORK" -maxdepth 1 -type d -name 'hwclient-*-linux-*' | head -n1)
    [ -n "$UNPACKED" ] || fail "tarball has no hwclient-<version>-linux-<arch>/ folder"
    EXPECTED_VERSION=$(basename "$UNPACKED" | sed -E 's/^hwclient-(.*)-linux-.*$/\1/')
    sh "$UNPACKED/install.sh" >/dev/null
    BIN="$HOME/.local/bin/hwclient"
    APP_DIR="$XDG_DATA_HOME/hwclient/app"
    INSTALLED=1
    [ -x "$BIN" ] || fail "install.sh did not create $BIN"
    pass "unpacked $(basename "$TARGET") and installed it with install.sh"
else
    APP_DIR=$(cd "$TARGET" && pwd)
    BIN="$APP_DIR/hwclient"
    EXPECTED_VERSION=
fi

if [ ! -f "$BIN" ] || [ ! -d "$APP_DIR/_internal" ]; then fail "$APP_DIR is not a hwclient app folder"; fi

# 1. Every library the bundle ships must find the other bundled libraries.
missing=$(find "$APP_DIR/_internal" -name '*.so*' -type f -exec ldd {} + 2>/dev/null \
    | grep 'not found' | grep -E 'libQt6|libpyside6|libshiboken6|libpython|libicu' | sort -u || true)
[ -z "$missing" ] || fail "bundled libraries missing from the bundle: $missing"
pass "bundled Qt and Python libraries resolve"

# 2-4. --version, check --json and the GUI in demo mode (shared with Windows and macOS).
# Compiled catalogues in the bundle: the Japanese run must use them.
TRANSLATED=
if ls "$APP_DIR"/_internal/hwclient/translations/*.qm >/dev/null 2>&1; then TRANSLATED=1; fi
"$PY" "$HERE/../smoke_app.py" "$BIN" ${EXPECTED_VERSION:+--expect-version "$EXPECTED_VERSION"} \
    --gui-seconds "$GUI_SECONDS" --lang ja ${TRANSLATED:+--expect-translations} \
    || fail "the app itself (see above)"

# 5. The menu entry, and uninstall.
if [ "$INSTALLED" = 1 ]; then
    DESKTOP="$XDG_DATA_HOME/applications/hwclient.desktop"
    grep -q "^Exec=\"$APP_DIR/hwclient\"" "$DESKTOP" || fail "menu entry does not start the installed app"
    [ -f "$XDG_DATA_HOME/icons/hicolor/256x256/apps/hwclient.png" ] || fail "icon not installed"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$DESKTOP" || fail "desktop-file-validate rejected the menu entry"
    fi
    sh "$UNPACKED/install.sh" --uninstall >/dev/null
    if [ -e "$BIN" ] || [ -e "$DESKTOP" ] || [ -e "$APP_DIR" ]; then fail "uninstall left files behind"; fi
    pass "menu entry and icon installed; uninstall removed them"
fi
echo "smoke test passed"
