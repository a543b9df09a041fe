#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (run as root, or with sudo
# available for the package install):
#   packaging/dev.sh run    install what is missing, build, open the example project
#   packaging/dev.sh test   install what is missing, build, run the whole test suite
# Build folders: build/ (normal) and build-sanitize/ (ASan + UBSan).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
jobs=${JOBS:-2}

install() {
  if [ "$(id -u)" -eq 0 ]; then bash packaging/install-deps.sh; else sudo bash packaging/install-deps.sh; fi
}

build() { # build DIR TARGET [cmake options...]   (TARGET "all" builds everything)
  local dir=$1 target=$2; shift 2
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j"$jobs" --target "$target"
}

case "${1:-}" in
  run)
    install
    build build all
    example="$here/build/example.alliance"
    [ -f "$example" ] || build/app/alliance-pilot new --example "$example"
    exec build/app/alliance-pilot "$example"
    ;;
  test)
    install
    build build all
    status=0
    (cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$jobs") || status=1
    # The same core tests under AddressSanitizer and UndefinedBehaviorSanitizer.
    build build-sanitize coreTests -DALLIANCE_SANITIZE=ON -DALLIANCE_BENCHMARKS=OFF
    (cd build-sanitize && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
       ctest --output-on-failure -j"$jobs" -R '^core:') || status=1
    exit $status
    ;;
  *)
    echo "usage: packaging/dev.sh run|test" >&2
    exit 2
    ;;
esac
