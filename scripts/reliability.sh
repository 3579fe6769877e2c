#!/usr/bin/env bash
# The long versions of the reliability suite (docs/reliability.md): many more crash kills and corrupted files,
# the wrong-passphrase storm, each fuzz target for minutes instead of seconds, and valgrind memcheck over the
# core tests. CI runs the short versions through ./scripts/test.sh.
# Usage: ./scripts/reliability.sh [--kills N] [--cases N] [--attempts N] [--fuzz-seconds N] [--no-fuzz] [--no-valgrind]
# Defaults: 200 kills per crash mode, 5000 corruption cases, 1000 storm attempts, 600 s per fuzz target.
# Figures and the machine they ran on are printed at the end and kept in build/reliability/summary.txt.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/setup-deps.sh
source "$source_dir/scripts/setup-deps.sh"

kills=200
cases=5000
attempts=1000
fuzz_seconds=600
with_fuzz=1
with_valgrind=1
number() { # number OPTION VALUE: prints VALUE if it is a positive whole number, stops with a usage error otherwise
    if [[ ! ${2:-} =~ ^[1-9][0-9]*$ ]]; then
        echo "abri: $1 needs a positive whole number (got '${2:-}')" >&2
        exit 1
    fi
    printf '%s' "$2"
}
while [[ $# -gt 0 ]]; do
    case "$1" in
    --kills) kills=$(number "$1" "${2:-}"); shift 2 ;;
    --cases) cases=$(number "$1" "${2:-}"); shift 2 ;;
    --attempts) attempts=$(number "$1" "${2:-}"); shift 2 ;;
    --fuzz-seconds) fuzz_seconds=$(number "$1" "${2:-}"); shift 2 ;;
    --no-fuzz) with_fuzz=0; shift ;;
    --no-valgrind) with_valgrind=0; shift ;;
    *)
        echo "abri: unknown option '$1' (see the top of $0)" >&2
        exit 1
        ;;
    esac
done

extra_packages=("${ABRI_DEB_TEST_PACKAGES[@]}")
if [[ $with_valgrind == 1 ]]; then
    extra_packages+=(valgrind)
fi
abri_install_deps "${extra_packages[@]}"

cd "$source_dir"
out_dir=build/reliability
mkdir -p "$out_dir"
summary=$out_dir/summary.txt
{
    echo "Abri reliability run, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem:/{print $2}') GiB RAM"
} >"$summary"

failed=()
step() { # step NAME COMMAND...: runs a command, records its wall time and result in the summary
    local name=$1 t0=$SECONDS
    shift
    echo "abri: === $name ==="
    if "$@"; then
        echo "$name: passed in $((SECONDS - t0)) s" >>"$summary"
    else
        echo "$name: FAILED after $((SECONDS - t0)) s" >>"$summary"
        failed+=("$name")
    fi
}

cmake --preset dev
cmake --build --preset dev

# The test programs are run directly: ctest's per-test timeouts are sized for the short CI runs.
tests=build/dev/tests
export QT_QPA_PLATFORM=offscreen
step "crash kills ($kills per mode)" env ABRI_CRASH_KILLS="$kills" \
    "$tests/reliability/crash/abri_crash_tests"
step "corruption ($cases cases)" env ABRI_CORRUPTION_CASES="$cases" \
    "$tests/reliability/corruption/abri_corruption_tests"
step "wrong-passphrase storm ($attempts attempts)" env ABRI_STORM_ATTEMPTS="$attempts" \
    "$tests/cli/abri_cli_tests" "[storm]"
step "canary scan and key wipe" "$tests/leaks/abri_leak_tests"
if [[ $with_fuzz == 1 ]]; then
    step "fuzz (${fuzz_seconds} s per target)" ./scripts/fuzz.sh --seconds "$fuzz_seconds"
fi
if [[ $with_valgrind == 1 ]]; then
    step "valgrind memcheck, core tests" valgrind --error-exitcode=99 --leak-check=full \
        --errors-for-leak-kinds=definite --track-origins=yes -q build/dev/tests/core/abri_core_tests
fi

echo
cat "$summary"
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "abri: failed: ${failed[*]}" >&2
    exit 1
fi
