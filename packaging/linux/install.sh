#!/bin/sh
# Install hwclient for the current user only (no root, no password):
#
#     ./install.sh              install or update
#     ./install.sh --uninstall  remove it again (your settings are kept)
#
# The app goes to ~/.local/share/hwclient/app, a command to ~/.local/bin,
# the menu entry and icons to ~/.local/share/{applications,icons}.
# IT departments installing for everyone: copy the hwclient/ folder to
# /opt/hwclient and hwclient.desktop to /usr/share/applications with
# Exec=/opt/hwclient/hwclient.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR="$DATA/hwclient/app"
BIN_DIR="$HOME/.local/bin"
DESKTOP="$DATA/applications/hwclient.desktop"
ICONS="$DATA/icons/hicolor"

refresh_menus() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$ICONS" || true
    fi
}

uninstall() {
    rm -rf "$APP_DIR"
    rm -f "$BIN_DIR/hwclient" "$DESKTOP" "$ICONS/scalable/apps/hwclient.svg"
    for png in "$ICONS"/*/apps/hwclient.png; do rm -f "$png"; done
    refresh_menus
    echo "hwclient was removed. Your settings and sign-in are kept in case you install it again."
}

install_app() {
    mkdir -p "$APP_DIR" "$BIN_DIR" "$DATA/applications" "$ICONS/scalable/apps"
    rm -rf "$APP_DIR.new"
    cp -a "$HERE/hwclient" "$APP_DIR.new"
    rm -rf "$APP_DIR"
    mv "$APP_DIR.new" "$APP_DIR"
    ln -sf "$APP_DIR/hwclient" "$BIN_DIR/hwclient"
    # Desktop sessions do not always have ~/.local/bin on PATH: use the full path.
    sed "s|^Exec=.*|Exec=\"$APP_DIR/hwclient\"|" "$HERE/hwclient.desktop" > "$DESKTOP"
    cp "$HERE/icons/hwclient.svg" "$ICONS/scalable/apps/hwclient.svg"
    for png in "$HERE"/icons/hwclient-*.png; do
        size=$(basename "$png" .png | sed 's/^hwclient-//')
        mkdir -p "$ICONS/${size}x${size}/apps"
        cp "$png" "$ICONS/${size}x${size}/apps/hwclient.png"
    done
    refresh_menus
    echo "hwclient is installed. Open it from your applications menu (Hello Work online counselling)."
}

case "${1:-}" in
    --uninstall) uninstall ;;
    "") install_app ;;
    *) echo "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac
