#!/usr/bin/env bash
# `cmake --install` into a temporary prefix puts exactly the expected files in
# their standard places; the installed binary runs without a display; and the
# MIME database built from the prefix recognises a project file, by its name
# and by its content (SQLite header + application_id "ALLP"), while another
# program's SQLite file stays application/vnd.sqlite3.
#   install.sh BUILD_DIR VERSION
set -euo pipefail
build=${1:?usage: install.sh BUILD_DIR VERSION}
version=${2:?usage: install.sh BUILD_DIR VERSION}
id=org.alliancepilot.AlliancePilot
doc=application-x-alliance-pilot
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cmake update-mime-database xdg-mime mimetype file desktop-file-validate appstreamcli; do
  command -v $tool >/dev/null || fail "$tool is missing (run packaging/install-deps.sh)"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null

# Exactly these files: no test program, library or header slips in.
expected=(bin/alliance-pilot
  share/applications/$id.desktop
  share/mime/packages/$id.xml
  share/metainfo/$id.metainfo.xml
  share/icons/hicolor/scalable/apps/$id.svg
  share/icons/hicolor/scalable/mimetypes/$doc.svg)
for s in 16 24 32 48 64 128 256; do
  expected+=(share/icons/hicolor/${s}x$s/apps/$id.png share/icons/hicolor/${s}x$s/mimetypes/$doc.png)
done
diff <(printf '%s\n' "${expected[@]}" | sort) <(cd "$prefix" && find . -type f -o -type l | sed 's#^\./##' | sort) \
  || fail "the installed files differ from the expected list (< expected, > installed)"
[ -x "$prefix/bin/alliance-pilot" ] || fail "bin/alliance-pilot is not executable"
for s in 16 24 32 48 64 128 256; do
  for png in apps/$id mimetypes/$doc; do
    f=$prefix/share/icons/hicolor/${s}x$s/$png.png
    grep -q "^PNG image data, $s x $s, 8-bit/color RGBA" <<<"$(file -b "$f")" || fail "$f: $(file -b "$f")"
  done
done
desktop-file-validate "$prefix/share/applications/$id.desktop"
# The metainfo with the .desktop entry and icons beside it, as installed.
appstreamcli validate-tree --no-net "$prefix"

# The installed binary, in a clean home, without a display.
home=$tmp/home
mkdir -p "$home"
run() { env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_CONFIG_HOME="$home/.config" \
          XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" "$prefix/bin/alliance-pilot" "$@"; }
[ "$(run --version)" = "alliance-pilot $version" ] || fail "--version printed: $(run --version)"
mkdir -p "$tmp/files"
run new --example "$tmp/files/example.alliance" >/dev/null
run validate "$tmp/files/example.alliance" >/dev/null

# Another program's SQLite file: the example with another application_id
# (bytes 68-71 zeroed), still a sound SQLite database.
cp "$tmp/files/example.alliance" "$tmp/files/other.sqlite"
printf '\000\000\000\000' | dd of="$tmp/files/other.sqlite" bs=1 seek=68 conv=notrunc status=none
cp "$tmp/files/other.sqlite" "$tmp/files/other-without-extension"
cp "$tmp/files/example.alliance" "$tmp/files/ours-without-extension"
[ "$(head -c 16 "$tmp/files/other.sqlite" | tr '\0' '#')" = 'SQLite format 3#' ] || fail "not an SQLite file"

# The MIME database of the prefix, beside a copy of the system's base
# database only (so an installed alliance-pilot package cannot answer for us).
XDG_DATA_DIRS=$prefix/share update-mime-database "$prefix/share/mime"
base=$tmp/base/share
mkdir -p "$base/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$base/mime/packages/"
XDG_DATA_DIRS=$base update-mime-database "$base/mime"
mkdir -p "$tmp/empty"
# xdg-mime on a generic desktop asks `mimetype` (File::MimeInfo, Debian package
# libfile-mimeinfo-perl), which reads the shared-mime-info database of
# XDG_DATA_HOME and XDG_DATA_DIRS (without it, xdg-mime would ask file(1),
# which knows nothing of our type).
query() { env XDG_CURRENT_DESKTOP=X-Generic XDG_DATA_HOME="$tmp/empty" XDG_DATA_DIRS="$prefix/share:$base" \
            xdg-mime query filetype "$1"; }
expect() { # expect FILE TYPE
  local got
  got=$(query "$tmp/files/$1") || fail "xdg-mime query filetype $1 failed"
  [ "$got" = "$2" ] || fail "xdg-mime says $1 is '$got', expected $2"
  echo "xdg-mime: $1 -> $got"
  if command -v gio >/dev/null; then # GLib's own reading of the same database, as a cross-check
    got=$(env XDG_DATA_HOME="$tmp/empty" XDG_DATA_DIRS="$prefix/share:$base" GIO_USE_VFS=local \
            gio info -a standard::content-type "$tmp/files/$1" | sed -n 's/^ *standard::content-type: //p')
    [ "$got" = "$2" ] || fail "gio says $1 is '$got', expected $2"
  fi
}
expect example.alliance application/x-alliance-pilot
expect ours-without-extension application/x-alliance-pilot
expect other.sqlite application/vnd.sqlite3
expect other-without-extension application/vnd.sqlite3
echo "install OK"
