#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (run as root, or with sudo
# available for the package install):
#   packaging/dev.sh run    install what is missing, build, open the example project
#   packaging/dev.sh test   install what is missing, build, run the whole test suite
# Build folders: build/ (normal, gcc) and build-sanitize/ (clang, ASan +
# UBSan: the core tests and the fuzz targets of tests/fuzz).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
jobs=${JOBS:-2}

install() {
  if [ "$(id -u)" -eq 0 ]; then bash packaging/install-deps.sh; else sudo bash packaging/install-deps.sh; fi
}

build() { # build DIR "TARGET..." [cmake options...]   (TARGET "all" builds everything)
  local dir=$1 targets launcher=()
  read -ra targets <<<"$2"; shift 2
  # A compiler cache keyed on paths relative to this checkout, so a fresh
  # clone of the same sources compiles each file once.
  if command -v ccache >/dev/null; then
    export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" >/dev/null
  cmake --build "$dir" -j"$jobs" --target "${targets[@]}"
}

# The C compiler too, should C ever be enabled (unused today: no warning about it).
sanitize=(--no-warn-unused-cli -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14
          -DALLIANCE_SANITIZE=ON -DALLIANCE_FUZZ=ON -DALLIANCE_BENCHMARKS=OFF)

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
    # The same core tests under AddressSanitizer and UndefinedBehaviorSanitizer
    # (clang), and 30 s of each fuzz target (tests/fuzz/run.sh sets its own
    # ASAN_OPTIONS, with leak detection).
    # A build-sanitize/ configured with gcc (before the fuzz targets) cannot
    # switch compilers in place: start it again.
    if [ -f build-sanitize/CMakeCache.txt ] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang++-14' build-sanitize/CMakeCache.txt; then
      rm -rf build-sanitize
    fi
    build build-sanitize "coreTests fuzz_open fuzz_merge fuzzSeeds" "${sanitize[@]}"
    # The random merge scenarios run all 1,000 (and 200 hostile ones) in build/;
    # under the sanitizers, 100 of each keep the step within its time.
    (cd build-sanitize && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 ALLIANCE_SYNC_SCENARIOS=100 \
       ctest --output-on-failure -j"$jobs" -R '^(core|fuzz):') || status=1
    exit $status
    ;;
  *)
    echo "usage: packaging/dev.sh run|test" >&2
    exit 2
    ;;
esac
