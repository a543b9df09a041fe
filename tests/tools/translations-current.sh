#!/usr/bin/env bash
# Fails when a string of the sources is missing from, or unfinished in, a
# committed .ts file: lupdate is run on copies, never on translations/.
#   translations-current.sh LUPDATE SOURCE_DIR TS...
set -euo pipefail
lupdate=$1 source=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copies=()
for ts in "$@"; do
  cp "$ts" "$work/"
  copies+=("$work/$(basename "$ts")")
done
"$lupdate" -recursive -extensions cpp,h "$source/core" "$source/ui" "$source/app" \
  -ts "${copies[@]}" -locations none -no-obsolete >/dev/null
status=0
for copy in "${copies[@]}"; do
  missing=$(grep -c 'type="unfinished"' "$copy" || true)
  if [ "$missing" -ne 0 ]; then
    echo "$(basename "$copy"): $missing string(s) of the sources are not translated; run the update_translations target and translate them:"
    grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -20
    status=1
  fi
done
[ $status -eq 0 ] && echo "every string of the sources is translated"
exit $status
