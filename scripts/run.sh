#!/usr/bin/env bash
# Installs any missing Debian 12 packages, configures and builds Abri, then starts it.
# Usage: ./scripts/run.sh [arguments for abri]
# ABRI_PRESET=dev picks the Debug build instead of the default release build.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/setup-deps.sh
source "$source_dir/scripts/setup-deps.sh"

preset=${ABRI_PRESET:-release}
case "$preset" in
release | dev | asan) ;;
*)
    echo "abri: ABRI_PRESET must be release, dev or asan (got '$preset')" >&2
    exit 1
    ;;
esac

abri_install_deps

cd "$source_dir"
cmake --preset "$preset"
cmake --build --preset "$preset" --target abri

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "abri: built build/$preset/app/abri/abri, but there is no desktop session to show it in" \
        "(neither DISPLAY nor WAYLAND_DISPLAY is set)" >&2
    exit 1
fi

exec "$source_dir/build/$preset/app/abri/abri" "$@"
