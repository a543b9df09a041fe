#!/usr/bin/env bash
# run.sh [--fresh] FUZZ_TARGET SEEDS WORKDIR SECONDS [libFuzzer options...]
# Fuzzes FUZZ_TARGET (fuzz_open or fuzz_merge) for SECONDS from the seed
# corpus SEEDS (made by fuzzSeeds) and the corpus already in WORKDIR/corpus,
# which keeps what it finds (--fresh empties it first). A crash's input is
# saved in WORKDIR/artifacts.
# Fails on any crash, leak, undefined behaviour or timeout, and when no input
# got past the checks into the code under test (a stale "mine", broken seeds).
set -euo pipefail
fresh=0
if [ "${1:-}" = --fresh ]; then fresh=1; shift; fi
target=$1 seeds=$2 workdir=$3 seconds=$4; shift 4
name=$(basename "$target")
case "$name" in
  fuzz_open) kind=open ;;
  fuzz_merge) kind=merge ;;
  *) echo "run.sh: unknown target $name" >&2; exit 2 ;;
esac
[ -d "$seeds/$kind" ] || { echo "run.sh: no seeds in $seeds/$kind (run fuzzSeeds $seeds)" >&2; exit 2; }
if [ "$fresh" -eq 1 ]; then rm -rf "$workdir"; fi
mkdir -p "$workdir/corpus" "$workdir/artifacts" "$workdir/tmp"
export ALLIANCE_FUZZ_MINE=$seeds/mine.alliance
export TMPDIR=$workdir/tmp
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1:${EXTRA_ASAN_OPTIONS:-}
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
log=$workdir/last-run.log
status=0
# The seeds are read, never written: new inputs go to WORKDIR/corpus.
"$target" "$workdir/corpus" "$seeds/$kind" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -max_len=2097152 \
  -artifact_prefix="$workdir/artifacts/" -print_final_stats=1 "$@" 2>&1 | tee "$log" || status=$?
if [ "$status" -ne 0 ]; then
  echo "run.sh: $name failed (exit $status); its input is in $workdir/artifacts/" >&2
  exit "$status"
fi
# The target's counts, printed at exit: some input must have gone deep.
case "$kind" in
  open) deep=$(sed -n 's/^fuzz_open: .* \([0-9][0-9]*\) opened, .*/\1/p' "$log" | tail -1) ;;
  merge) deep=$(sed -n 's/^fuzz_merge: .* \([0-9][0-9]*\) undos checked$/\1/p' "$log" | tail -1) ;;
esac
if [ -z "$deep" ] || [ "$deep" -eq 0 ]; then
  echo "run.sh: no input reached the code under test (see the counts above)" >&2
  exit 1
fi
# A fresh run's corpus (tens of megabytes) is of no further use once it passed.
if [ "$fresh" -eq 1 ]; then rm -rf "$workdir/corpus"; fi
