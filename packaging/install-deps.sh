#!/usr/bin/env bash
# Installs, from Debian 12's packages, what building, running and testing
# Alliance Pilot needs. Safe to run again: apt-get skips what is present.
set -euo pipefail
packages=(
  build-essential cmake pkg-config ccache
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libgl-dev libqt6opengl6-dev
  libsqlite3-dev libssl-dev catch2 poppler-utils fonts-dejavu-core
  desktop-file-utils appstream libxml2-utils xdg-utils libfile-mimeinfo-perl
  shared-mime-info dpkg-dev file
  clang-14 libclang-rt-14-dev clang-format-14
  libxlsxwriter-dev libminizip-dev libical-dev libreoffice-calc-nogui
  postgresql-15 libqt6sql6-psql
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
