#!/usr/bin/env bash
# The shared-mime-info XML is well formed (xmllint), valid against the
# shared-mime-info schema when one is on the machine (Debian 12 ships none;
# set MIME_SCHEMA=/path/to/shared-mime-info.{xsd,rng} to use one), and
# update-mime-database compiles it without a single warning into the nested
# magic rule: SQLite's header at 0 AND our application_id "ALLP" at 68.
#   mime-xml.sh SOURCE_DIR
set -euo pipefail
src=${1:?usage: mime-xml.sh SOURCE_DIR}
file=$src/packaging/linux/org.alliancepilot.AlliancePilot.xml
for tool in xmllint update-mime-database; do
  command -v $tool >/dev/null || { echo "$tool is missing (Debian packages libxml2-utils, shared-mime-info)" >&2; exit 1; }
done
xmllint --noout "$file"

schema=${MIME_SCHEMA:-}
if [ -z "$schema" ]; then
  for candidate in /usr/share/xml/shared-mime-info/shared-mime-info.xsd \
                   /usr/share/xml/shared-mime-info/shared-mime-info.rng \
                   /usr/share/shared-mime-info/shared-mime-info.xsd \
                   /usr/share/shared-mime-info/shared-mime-info.rng; do
    [ -f "$candidate" ] && { schema=$candidate; break; }
  done
fi
case "$schema" in
  "") echo "note: no shared-mime-info schema on this machine; checked against the spec's element list and by update-mime-database instead" ;;
  *.rng) xmllint --noout --relaxng "$schema" "$file" ;;
  *) xmllint --noout --schema "$schema" "$file" ;;
esac

# Without a schema, at least: every element is one of the spec's, in its
# namespace (update-mime-database silently ignores unknown elements).
known="mime-info mime-type comment acronym expanded-acronym icon generic-icon glob
       glob-deleteall magic-deleteall magic match treemagic treematch root-XML alias sub-class-of"
test=""
for name in $known; do test="$test${test:+ or }local-name()='$name'"; done
strangers=$(xmllint --xpath "count(//*[not($test) or namespace-uri()!='http://www.freedesktop.org/standards/shared-mime-info'])" "$file")
[ "$strangers" = 0 ] || { echo "$strangers element(s) unknown to the shared-mime-info spec in $file" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$file" "$tmp/mime/packages/"
if ! XDG_DATA_DIRS=$tmp XDG_DATA_HOME=$tmp update-mime-database "$tmp/mime" >"$tmp/log" 2>&1 || [ -s "$tmp/log" ]; then
  cat "$tmp/log" >&2
  echo "update-mime-database complained about $file" >&2
  exit 1
fi
grep -qx 'application/x-alliance-pilot' "$tmp/mime/types" || { echo "type not compiled" >&2; exit 1; }
grep -qx 'application/x-alliance-pilot application/vnd.sqlite3' "$tmp/mime/subclasses" \
  || { echo "not a sub-class of application/vnd.sqlite3" >&2; exit 1; }
grep -qx 'application/x-alliance-pilot:\*\.alliance' "$tmp/mime/globs" \
  || { echo "glob *.alliance not compiled" >&2; exit 1; }
grep -qx 'application/x-alliance-pilot:application-x-alliance-pilot' "$tmp/mime/icons" \
  || { echo "icon application-x-alliance-pilot not compiled" >&2; exit 1; }
grep -qx 'application/x-alliance-pilot:x-office-document' "$tmp/mime/generic-icons" \
  || { echo "generic-icon not compiled" >&2; exit 1; }
for lang in en fr; do
  grep -q "<comment xml:lang=\"$lang\">" "$file" || { echo "no $lang comment" >&2; exit 1; }
done
# The compiled magic: a rule on "SQLite format 3\0" at 0 and, nested under it
# (indent 1), big-endian 0x414C4C50 = "ALLP" at 68.
hex() { od -An -tx1 -v | tr -d ' \n'; }
expected=$(printf '[80:application/x-alliance-pilot]\n>0=\000\020SQLite format 3\000\n1>68=\000\004ALLP\n' | hex)
actual=$(hex <"$tmp/mime/magic")
case "$actual" in
  *"$expected"*) ;;
  *) echo "the compiled magic is not the nested SQLite + ALLP rule:" >&2; od -c "$tmp/mime/magic" >&2; exit 1 ;;
esac
echo "MIME XML OK"
