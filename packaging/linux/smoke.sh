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
# Checks: every bundled library resolves; `hwclient --version`;
# `hwclient check --json` gives a valid report; the GUI starts in demo mode
# (QT_QPA_PLATFORM=offscreen unless a display is set), stays up for
# SMOKE_GUI_SECONDS (default 8) with no Traceback/ERROR in its output or log;
# uninstall removes what install added.
set -euo pipefail
TARGET=${1:?usage: smoke.sh DIST_DIR | TARBALL | APP_DIR}
GUI_SECONDS=${SMOKE_GUI_SECONDS:-8}
PY=$(command -v python3)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/hwclient-smoke.XXXXXX")
GUI_PID=
cleanup() {
    if [ -n "$GUI_PID" ] && kill -0 "$GUI_PID" 2>/dev/null; then kill -KILL "$GUI_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

pass() { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*" >&2; exit 1; }

# A private HOME: settings, keyring files, logs and the install go here.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export XDG_STATE_HOME="$WORK/home/.local/state" XDG_CACHE_HOME="$WORK/home/.cache"
export HWCLIENT_LOG_DIR="$WORK/logs"
mkdir -p "$HOME" "$HWCLIENT_LOG_DIR"
[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || export QT_QPA_PLATFORM=offscreen

if [ -d "$TARGET" ] && [ ! -f "$TARGET/hwclient" ]; then
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

[ -f "$BIN" ] && [ -d "$APP_DIR/_internal" ] || fail "$APP_DIR is not a hwclient app folder"

# 1. Every library the bundle ships must find the other bundled libraries.
missing=$(find "$APP_DIR/_internal" -name '*.so*' -type f -exec ldd {} + 2>/dev/null \
    | grep 'not found' | grep -E 'libQt6|libpyside6|libshiboken6|libpython|libicu' | sort -u || true)
[ -z "$missing" ] || fail "bundled libraries missing from the bundle: $missing"
pass "bundled Qt and Python libraries resolve"

# 2. --version
version_out=$("$BIN" --version)
[[ "$version_out" =~ ^hwclient\ [0-9]+\.[0-9]+ ]] || fail "--version printed: $version_out"
if [ -n "$EXPECTED_VERSION" ] && [ "$version_out" != "hwclient $EXPECTED_VERSION" ]; then
    fail "--version says '$version_out' but the tarball is $EXPECTED_VERSION"
fi
pass "--version: $version_out"

# 3. check --json: 0 = nothing failed, 1 = a check failed (this machine has no
# camera), 2 = could not run. Anything else, or a non-report, is a failure.
set +e
"$BIN" check --json >"$WORK/check.json" 2>"$WORK/check.err"
rc=$?
set -e
[ "$rc" -le 1 ] || { cat "$WORK/check.err" >&2; fail "check --json exited $rc"; }
"$PY" - "$WORK/check.json" <<'PYEOF' || fail "check --json did not print a valid report"
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
results = report["results"]
assert results, "no results"
ids = [r["id"] for r in results]
assert all(isinstance(i, str) and i for i in ids), ids
assert len(set(ids)) == len(ids), ids
assert all(r["status"] in {"pass", "warn", "fail", "unknown", "skipped"} for r in results), results
print("ok    check --json: %d results (%s), overall %s"
      % (len(ids), ", ".join(ids), report.get("overall")))
PYEOF
if grep -q 'Traceback' "$WORK/check.err"; then cat "$WORK/check.err" >&2; fail "check printed a traceback"; fi

# 4. The GUI in demo mode: starts the embedded server and stays up.
HWCLIENT_DEBUG=1 "$BIN" --demo --lang en >"$WORK/gui.out" 2>&1 &
GUI_PID=$!
sleep "$GUI_SECONDS"
if ! kill -0 "$GUI_PID" 2>/dev/null; then
    wait "$GUI_PID" && rc=0 || rc=$?
    GUI_PID=
    cat "$WORK/gui.out" >&2
    fail "the app quit by itself within ${GUI_SECONDS}s (exit $rc)"
fi
kill -TERM "$GUI_PID"
for _ in $(seq 1 20); do kill -0 "$GUI_PID" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$GUI_PID" 2>/dev/null; then kill -KILL "$GUI_PID"; fi
wait "$GUI_PID" 2>/dev/null || true
GUI_PID=
cat "$WORK/gui.out" "$HWCLIENT_LOG_DIR"/*.log >"$WORK/all.log" 2>/dev/null || true
if grep -n -E 'Traceback|\bERROR\b|\bCRITICAL\b' "$WORK/all.log" >&2; then
    fail "the app logged errors in demo mode (lines above)"
fi
grep -q 'healthz' "$WORK/all.log" || { cat "$WORK/all.log" >&2; fail "the embedded demo server never answered"; }
pass "GUI ran ${GUI_SECONDS}s in demo mode ($QT_QPA_PLATFORM${DISPLAY:+ $DISPLAY}) with a clean log"

# 5. The menu entry, and uninstall.
if [ "$INSTALLED" = 1 ]; then
    DESKTOP="$XDG_DATA_HOME/applications/hwclient.desktop"
    grep -q "^Exec=\"$APP_DIR/hwclient\"" "$DESKTOP" || fail "menu entry does not start the installed app"
    [ -f "$XDG_DATA_HOME/icons/hicolor/256x256/apps/hwclient.png" ] || fail "icon not installed"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$DESKTOP" || fail "desktop-file-validate rejected the menu entry"
    fi
    sh "$UNPACKED/install.sh" --uninstall >/dev/null
    [ ! -e "$BIN" ] && [ ! -e "$DESKTOP" ] && [ ! -e "$APP_DIR" ] || fail "uninstall left files behind"
    pass "menu entry and icon installed; uninstall removed them"
fi
echo "smoke test passed"
