#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# Installs every Debian 12 package KeyDesk needs to build, test and run. Idempotent; run as root.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    libcbor-dev libqrencode-dev libsqlite3-dev libssl-dev qtkeychain-qt6-dev
    xvfb xauth imagemagick zbar-tools libzxing-dev poppler-utils librsvg2-bin chromium
    dpkg-dev appstream desktop-file-utils groff-base gzip qt6-translations-l10n
    clang libclang-rt-14-dev
    nginx
    postgresql libqt6sql6-psql libpq-dev
    libldap-dev slapd ldap-utils
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
