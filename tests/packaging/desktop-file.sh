#!/usr/bin/env bash
# The .desktop entry passes desktop-file-validate and says what the package
# promises: the id, the command, the icon, the MIME type, French and English.
#   desktop-file.sh SOURCE_DIR
set -euo pipefail
src=${1:?usage: desktop-file.sh SOURCE_DIR}
file=$src/packaging/linux/org.alliancepilot.AlliancePilot.desktop
command -v desktop-file-validate >/dev/null || { echo "desktop-file-validate is missing (Debian package desktop-file-utils)" >&2; exit 1; }
desktop-file-validate "$file"
# desktop-file-validate prints problems but may exit 0 on hints: any output fails.
out=$(desktop-file-validate "$file" 2>&1)
[ -z "$out" ] || { echo "$out" >&2; exit 1; }
for line in 'Type=Application' 'Name=Alliance Pilot' 'Name[fr]=Alliance Pilot' \
            'GenericName[fr]=Pilotage de partenariats' 'Exec=alliance-pilot %f' \
            'Icon=org.alliancepilot.AlliancePilot' 'MimeType=application/x-alliance-pilot;' \
            'Categories=Office;ProjectManagement;'; do
  grep -qxF -- "$line" "$file" || { echo "missing line in $file: $line" >&2; exit 1; }
done
for key in GenericName Comment; do
  grep -q "^$key=." "$file" || { echo "no English $key in $file" >&2; exit 1; }
  grep -q "^$key\[fr\]=." "$file" || { echo "no French $key in $file" >&2; exit 1; }
done
echo "desktop file OK"
