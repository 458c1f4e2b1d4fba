#!/usr/bin/env bash
# Build the Linux bundle from a clone, in one command:
#
#     bash packaging/linux/build.sh
#
# Result: dist/hwclient-<version>-linux-<arch>.tar.gz holding the one-folder
# app, the .desktop entry, icons and a per-user install.sh. Steps: make or
# reuse a virtualenv, install hwclient + hwserver + PyInstaller into it,
# compile the translations, render the icons, run PyInstaller, pack.
#
# Environment (optional):
#   HWCLIENT_VENV          virtualenv to use or create (default: .venv)
#   HWCLIENT_PYTHON        interpreter that creates it  (default: python3, 3.11+)
#   HWCLIENT_SKIP_INSTALL  1 = the venv is ready, do not run pip
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
VENV=${HWCLIENT_VENV:-.venv}
PY="$VENV/bin/python"

step() { printf '\n== %s\n' "$*"; }

if [ ! -x "$PY" ]; then
    step "creating virtualenv $VENV"
    "${HWCLIENT_PYTHON:-python3}" -m venv "$VENV"
fi
if [ "${HWCLIENT_SKIP_INSTALL:-0}" != 1 ]; then
    step "installing hwclient, hwserver and PyInstaller"
    # Editable, like the test set-up, so a shared venv keeps seeing the checkout.
    "$PY" -m pip install -q -e ./server -e ".[package]"
fi

VERSION=$("$PY" -c 'import hwclient; print(hwclient.__version__)')
ARCH=$(uname -m)
NAME="hwclient-$VERSION-linux-$ARCH"

step "compiling translations"
"$PY" -m hwclient.i18n build

step "rendering icons"
"$PY" packaging/make_icons.py build/icons >/dev/null

step "running PyInstaller"
rm -rf dist/hwclient
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/hwclient.spec

step "packing $NAME.tar.gz"
STAGE="dist/$NAME"
rm -rf "$STAGE" "dist/$NAME.tar.gz"
mkdir -p "$STAGE/icons"
cp -a dist/hwclient "$STAGE/hwclient"
cp packaging/linux/hwclient.desktop packaging/linux/install.sh packaging/linux/README.txt "$STAGE/"
cp build/icons/hwclient.svg build/icons/hwclient-*.png "$STAGE/icons/"
chmod +x "$STAGE/install.sh"
tar -C dist -czf "dist/$NAME.tar.gz" "$NAME"
rm -rf "$STAGE"

step "done"
echo "$ROOT/dist/$NAME.tar.gz ($(du -h "dist/$NAME.tar.gz" | cut -f1)); app folder: $(du -sh dist/hwclient | cut -f1)"
