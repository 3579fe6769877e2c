#!/usr/bin/env bash
# Builds the fuzz preset (clang 14, libFuzzer, ASan + UBSan) and runs every fuzz target in tests/fuzz for a
# fixed time over a fresh copy of its committed seed corpus. Installs nothing: clang-14 and libclang-rt-14-dev
# must be there (scripts/setup-deps.sh lists them).
#
# Usage: scripts/fuzz.sh [--seconds N] [--keep-corpus] [TARGET...]
#   --seconds N      seconds per target (default: $ABRI_FUZZ_SECONDS, else 30)
#   --keep-corpus    go on from the corpus a previous run grew (for long runs) instead of a fresh copy
#   TARGET           run only these targets (e.g. keyslots backup); default: all
# ABRI_FUZZ_BUILD_DIR changes the build folder (default build/fuzz, the preset's).
#
# Exits non-zero when any target finds a crash, a sanitizer report, a broken property, a hang (10 s for one
# input) or excessive memory use, and prints where the reproducer was written and how to replay it.
# The committed corpus never changes: new inputs go to <build>/corpus-run/<target>, findings to
# <build>/findings/<target>.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${ABRI_FUZZ_SECONDS:-30}
keep_corpus=0
targets=()
all_targets=(keyslots backup anchor recovery_key passphrase_input passphrase_policy partner_key agreement_document)

while [[ $# -gt 0 ]]; do
    case "$1" in
    --seconds)
        seconds=${2:?--seconds needs a number}
        shift 2
        ;;
    --seconds=*)
        seconds=${1#--seconds=}
        shift
        ;;
    --keep-corpus)
        keep_corpus=1
        shift
        ;;
    -h | --help)
        sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    -*)
        echo "fuzz.sh: unknown option $1 (see --help)" >&2
        exit 2
        ;;
    *)
        targets+=("$1")
        shift
        ;;
    esac
done
if ! [[ $seconds =~ ^[1-9][0-9]*$ ]]; then
    echo "fuzz.sh: --seconds needs a whole number of seconds above 0, not '$seconds'" >&2
    exit 2
fi
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=("${all_targets[@]}")
fi
for target in "${targets[@]}"; do
    if [[ ! -f $source_dir/tests/fuzz/fuzz_$target.cpp ]]; then
        echo "fuzz.sh: no fuzz target '$target' (there are: ${all_targets[*]})" >&2
        exit 2
    fi
done

if ! command -v clang++-14 >/dev/null 2>&1; then
    echo "fuzz.sh: clang++-14 is missing. Install the Debian packages clang-14 and libclang-rt-14-dev" \
        "(scripts/test.sh installs them)." >&2
    exit 3
fi
fuzzer_runtime="$(clang++-14 -print-resource-dir)/lib/linux/libclang_rt.fuzzer-$(uname -m).a"
if [[ ! -f $fuzzer_runtime ]]; then
    echo "fuzz.sh: libFuzzer ($fuzzer_runtime) is missing. Install the Debian package libclang-rt-14-dev." >&2
    exit 3
fi

build_dir=${ABRI_FUZZ_BUILD_DIR:-$source_dir/build/fuzz}
cd "$source_dir"
echo "fuzz.sh: configuring and building the fuzz preset in $build_dir"
build_started=$SECONDS
cmake --preset fuzz -B "$build_dir" >/dev/null
cmake --build "$build_dir" --target fuzzers
echo "fuzz.sh: build took $((SECONDS - build_started)) s"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
if [[ -f $source_dir/scripts/lsan.supp ]]; then
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$source_dir/scripts/lsan.supp:print_suppressions=0}
fi

failed=()
summary=()
for target in "${targets[@]}"; do
    binary=$build_dir/tests/fuzz/fuzz_$target
    corpus=$build_dir/corpus-run/$target
    findings=$build_dir/findings/$target
    log=$build_dir/findings/$target.log
    if [[ $keep_corpus != 1 ]]; then
        rm -rf "$corpus"
    fi
    rm -rf "$findings"
    mkdir -p "$corpus" "$findings"
    cp -R "$source_dir/tests/fuzz/corpus/$target/." "$corpus/"
    options=(-max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$findings/")
    if [[ -f $source_dir/tests/fuzz/dict/$target.dict ]]; then
        options+=(-dict="$source_dir/tests/fuzz/dict/$target.dict")
    fi
    echo "fuzz.sh: === $target: $seconds s ==="
    status=0
    "$binary" "${options[@]}" "$corpus" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -n1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    units=$(find "$corpus" -type f | wc -l)
    line=$(printf '%-18s %10s execs %7s exec/s  cov %5s  ft %5s  corpus %5s' "$target" "${execs:-?}" \
        "${rate:-?}" "${cov:-?}" "${ft:-?}" "$units")
    if [[ $status -ne 0 ]]; then
        failed+=("$target")
        summary+=("$line  FAILED")
        echo "fuzz.sh: $target FAILED (exit status $status). The end of its log ($log):" >&2
        tail -n 40 "$log" >&2
        while IFS= read -r artifact; do
            echo "fuzz.sh: reproducer: $artifact" >&2
            echo "fuzz.sh: replay it with: $binary $artifact" >&2
        done < <(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log")
    else
        summary+=("$line  ok")
    fi
done

echo "fuzz.sh: summary ($seconds s per target; log and findings in $build_dir/findings)"
printf '  %s\n' "${summary[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz.sh: findings in: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz.sh: no findings"
