#!/usr/bin/env bash
# The AppStream metainfo passes `appstreamcli validate --no-net`.
#   appstream.sh SOURCE_DIR
set -euo pipefail
src=${1:?usage: appstream.sh SOURCE_DIR}
file=$src/packaging/linux/org.alliancepilot.AlliancePilot.metainfo.xml
command -v appstreamcli >/dev/null || { echo "appstreamcli is missing (Debian package appstream)" >&2; exit 1; }
appstreamcli validate --no-net "$file"
echo "metainfo OK"
