#!/usr/bin/env bash
# Every C++ source and header follows .clang-format: one layout, so that a
# diff shows what changed, not how someone's editor wraps lines.
#   code-layout.sh CLANG_FORMAT SOURCE_DIR
set -euo pipefail
tool=$1
cd "$2"
mapfile -t files < <(find app core ui tests -name '*.cpp' -o -name '*.h' | sort)
[ ${#files[@]} -gt 0 ] || { echo "no sources found under $2" >&2; exit 1; }
if ! "$tool" --dry-run --Werror "${files[@]}"; then
    echo "Some files are not laid out as .clang-format says: run" >&2
    echo "  $tool -i <those files>" >&2
    exit 1
fi
echo "${#files[@]} files follow .clang-format"
