#!/usr/bin/env bash
# tests/fuzz/run-long.sh open|merge [SECONDS]   (default 3600)
# A long fuzzing run of one target. Builds build-sanitize/ as packaging/dev.sh
# test does (clang, ASan + UBSan, fuzz targets) if needed, makes the seed
# corpus once (build-sanitize/tests/fuzz/long-seeds/; delete it to start
# again: fuzz_merge's corpus only means something against that "mine"), and
# keeps what it finds in build-sanitize/tests/fuzz/long-TARGET/corpus/, so
# each run goes on from the last. Crash inputs go to long-TARGET/artifacts/;
# replay one with:
#   ALLIANCE_FUZZ_MINE=build-sanitize/tests/fuzz/long-seeds/mine.alliance \
#     build-sanitize/tests/fuzz/fuzz_TARGET build-sanitize/tests/fuzz/long-TARGET/artifacts/crash-...
# Extra arguments after SECONDS go to libFuzzer (e.g. -jobs=2 -workers=2).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
target=${1:-}
case "$target" in
  open|merge) ;;
  *) echo "usage: tests/fuzz/run-long.sh open|merge [SECONDS] [libFuzzer options...]" >&2; exit 2 ;;
esac
seconds=${2:-3600}
shift $(( $# >= 2 ? 2 : 1 ))
build=build-sanitize
fuzzdir=$build/tests/fuzz
if [ ! -x "$fuzzdir/fuzz_$target" ] || [ ! -x "$fuzzdir/fuzzSeeds" ]; then
  cmake --no-warn-unused-cli -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_C_COMPILER=clang-14 -DALLIANCE_SANITIZE=ON -DALLIANCE_FUZZ=ON -DALLIANCE_BENCHMARKS=OFF >/dev/null
  cmake --build "$build" -j"${JOBS:-2}" --target "fuzz_$target" fuzzSeeds
fi
seeds=$fuzzdir/long-seeds
if [ ! -f "$seeds/mine.alliance" ]; then
  "$fuzzdir/fuzzSeeds" "$seeds"
fi
exec bash tests/fuzz/run.sh "$fuzzdir/fuzz_$target" "$here/$seeds" "$here/$fuzzdir/long-$target" "$seconds" "$@"
