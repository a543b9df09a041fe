#!/usr/bin/env bash
# The Debian package: `cpack -G DEB` builds it in the build folder, its
# Depends come from dpkg-shlibdeps plus Qt's run-time plugins, `apt-get
# install ./alliance-pilot_*.deb` installs it, /usr/bin/alliance-pilot runs,
# and `apt-get remove` takes it away again. Needs root (CI runs as root);
# otherwise it exits 77, which ctest reports as skipped. Refuses to touch an
# alliance-pilot installed from elsewhere.
#   deb.sh BUILD_DIR VERSION
set -euo pipefail
build=${1:?usage: deb.sh BUILD_DIR VERSION}
version=${2:?usage: deb.sh BUILD_DIR VERSION}
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps file; do
  command -v $tool >/dev/null || fail "$tool is missing (run packaging/install-deps.sh)"
done

arch=$(dpkg --print-architecture)
deb=$build/alliance-pilot_${version}_$arch.deb
rm -f "$deb"
(cd "$build" && cpack -G DEB) >"$build/cpack-deb.log" 2>&1 || { cat "$build/cpack-deb.log" >&2; fail "cpack -G DEB failed"; }
[ -f "$deb" ] || fail "cpack did not write $deb"
echo "built $deb"

fields=$(dpkg-deb -f "$deb" Package Version Architecture Section Maintainer Depends)
echo "$fields"
[ "$(dpkg-deb -f "$deb" Package)" = alliance-pilot ] || fail "wrong package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "wrong version"
depends=$(dpkg-deb -f "$deb" Depends)
# From dpkg-shlibdeps (the binary's libraries) and added by hand (plugins).
for d in libc6 libqt6core6 libqt6widgets6 libsqlite3-0 libqt6sql6-psql qt6-qpa-plugins libqt6svg6 qt6-translations-l10n; do
  grep -Eq "(^|, )$d( |,|$)" <<<"$depends" || fail "Depends lacks $d: $depends"
done
contents=$(dpkg-deb -c "$deb")
for f in /usr/bin/alliance-pilot /usr/share/applications/org.alliancepilot.AlliancePilot.desktop \
         /usr/share/mime/packages/org.alliancepilot.AlliancePilot.xml \
         /usr/share/metainfo/org.alliancepilot.AlliancePilot.metainfo.xml \
         /usr/share/icons/hicolor/256x256/apps/org.alliancepilot.AlliancePilot.png; do
  grep -qF " .$f" <<<"$contents" || fail "no $f in the package"
done

if [ "$(id -u)" -ne 0 ]; then
  echo "SKIPPED: installing the package needs root (apt-get install); the package itself was built and checked."
  exit 77
fi
status=$(dpkg-query -W -f='${Status}' alliance-pilot 2>/dev/null || true)
case "$status" in
  ""|*not-installed|*config-files) ;;
  *) fail "an alliance-pilot package is already installed ($status): refusing to replace or remove it" ;;
esac
[ ! -e /usr/bin/alliance-pilot ] || fail "/usr/bin/alliance-pilot exists and belongs to no package: refusing to overwrite it"

installed=0
cleanup() {
  if [ $installed = 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq alliance-pilot >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
}
tmp=$(mktemp -d)
trap cleanup EXIT
installed=1
# No network is needed: install-deps.sh has installed every dependency.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")" \
  >"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log" >&2; fail "apt-get install failed"; }
[ -x /usr/bin/alliance-pilot ] || fail "/usr/bin/alliance-pilot was not installed"
home=$tmp/home
mkdir -p "$home"
run() { env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_CONFIG_HOME="$home/.config" \
          XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" /usr/bin/alliance-pilot "$@"; }
[ "$(run --version)" = "alliance-pilot $version" ] || fail "--version printed: $(run --version)"
run new --example "$tmp/example.alliance"
run info "$tmp/example.alliance" >/dev/null
# The package's MIME type reached the system database (Debian's trigger).
grep -qx 'application/x-alliance-pilot application/vnd.sqlite3' /usr/share/mime/subclasses \
  || fail "the MIME database was not updated by the package's trigger"

DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq alliance-pilot >"$tmp/apt.log" 2>&1 \
  || { cat "$tmp/apt.log" >&2; fail "apt-get remove failed"; }
installed=0
[ ! -e /usr/bin/alliance-pilot ] || fail "/usr/bin/alliance-pilot is still there after apt-get remove"
status=$(dpkg-query -W -f='${Status}' alliance-pilot 2>/dev/null || true)
case "$status" in
  ""|*not-installed|*config-files) ;;
  *) fail "alliance-pilot is still installed after apt-get remove: $status" ;;
esac
for f in /usr/share/applications/org.alliancepilot.AlliancePilot.desktop /usr/share/mime/packages/org.alliancepilot.AlliancePilot.xml \
         /usr/share/metainfo/org.alliancepilot.AlliancePilot.metainfo.xml /usr/share/icons/hicolor/scalable/apps/org.alliancepilot.AlliancePilot.svg; do
  [ ! -e "$f" ] || fail "$f is still there after apt-get remove"
done
! grep -q 'application/x-alliance-pilot' /usr/share/mime/subclasses || fail "the MIME type is still in the system database"
echo "deb OK"
