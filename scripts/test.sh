#!/usr/bin/env bash
# Installs any missing Debian 12 packages, configures and builds the dev preset, and runs the whole test suite.
# Usage: ./scripts/test.sh [--asan] [extra ctest arguments, e.g. -R vault]
# --asan (or ABRI_TEST_ASAN=1) also builds and runs the suite under AddressSanitizer and UBSan.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/setup-deps.sh
source "$source_dir/scripts/setup-deps.sh"

with_asan=${ABRI_TEST_ASAN:-0}
ctest_args=()
for arg in "$@"; do
    case "$arg" in
    --asan) with_asan=1 ;;
    *) ctest_args+=("$arg") ;;
    esac
done

abri_install_deps

cd "$source_dir"
presets=(dev)
if [[ $with_asan == 1 ]]; then
    presets+=(asan)
fi

# A build failure stops at once; failing tests in one preset still let the next preset run, so one call
# reports everything, and the exit status is non-zero if any preset failed.
failed=()
for preset in "${presets[@]}"; do
    echo "abri: === $preset: configure, build, test ==="
    cmake --preset "$preset"
    cmake --build --preset "$preset"
    if ! ctest --preset "$preset" --no-tests=error "${ctest_args[@]}"; then
        failed+=("$preset")
    fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "abri: tests failed in: ${failed[*]}" >&2
    exit 1
fi
echo "abri: all tests passed (${presets[*]})"
