#!/usr/bin/env bash
# Installs any missing Debian 12 packages, then builds and runs everything CI checks:
#   1. the dev preset (Debug, warnings are errors) and the whole ctest suite, reliability tests at their short size;
#   2. the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer) and the same suite again;
#   3. every libFuzzer target for a short fixed time (scripts/fuzz.sh).
# Usage: ./scripts/test.sh [--quick] [extra ctest arguments, e.g. -R vault]
#   --quick (or ABRI_TEST_QUICK=1) runs only step 1, for a fast loop while working.
# The long reliability runs are scripts/reliability.sh (see docs/reliability.md).
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/setup-deps.sh
source "$source_dir/scripts/setup-deps.sh"

quick=${ABRI_TEST_QUICK:-0}
ctest_args=()
for arg in "$@"; do
    case "$arg" in
    --quick) quick=1 ;;
    --asan) ;; # kept for old habits: the sanitizer run is now part of every full run
    *) ctest_args+=("$arg") ;;
    esac
done

abri_install_deps "${ABRI_DEB_TEST_PACKAGES[@]}"

cd "$source_dir"
presets=(dev)
if [[ $quick != 1 ]]; then
    presets+=(asan)
fi

# A build failure stops at once; failing tests in one step still let the next step run, so one call
# reports everything, and the exit status is non-zero if any step failed.
failed=()
started=$SECONDS
for preset in "${presets[@]}"; do
    echo "abri: === $preset: configure, build, test ($((SECONDS - started)) s so far) ==="
    cmake --preset "$preset"
    cmake --build --preset "$preset"
    if ! ctest --preset "$preset" --no-tests=error "${ctest_args[@]}"; then
        failed+=("$preset")
    fi
done

if [[ $quick != 1 ]]; then
    echo "abri: === fuzz: short run of every target ($((SECONDS - started)) s so far) ==="
    if ! "$source_dir/scripts/fuzz.sh" --seconds "${ABRI_FUZZ_SECONDS:-20}"; then
        failed+=(fuzz)
    fi
fi

echo "abri: finished in $((SECONDS - started)) s"
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "abri: failed: ${failed[*]}" >&2
    exit 1
fi
echo "abri: all passed (${presets[*]}$([[ $quick != 1 ]] && echo ' fuzz'))"
