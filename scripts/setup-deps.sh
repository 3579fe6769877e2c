# shellcheck shell=bash
# Debian 12 packages Abri needs to build, run and test, and how to install the missing ones.
# Sourced by run.sh and test.sh; not meant to be run on its own.
#
# Why each package is here:
#   cmake ninja-build g++ pkg-config   the toolchain (CMakePresets.json uses Ninja)
#   qt6-base-dev                       QtCore, Gui, Widgets, DBus, Concurrent, PrintSupport, Test
#   qt6-tools-dev qt6-l10n-tools       Qt6LinguistTools for CMake, lupdate and lrelease
#   qt6-qpa-plugins                    the xcb platform plugin that puts the window on an X11/XWayland desktop
#   qt6-translations-l10n              Qt's own French strings (standard buttons and dialogs)
#   libqt6svg6                         the SVG image plugin that draws the application icon
#   libsqlcipher-dev libsodium-dev     the encrypted database and the cryptography
#   catch2                             the test framework (v2)

ABRI_DEB_PACKAGES=(
    cmake
    ninja-build
    g++
    pkg-config
    qt6-base-dev
    qt6-tools-dev
    qt6-l10n-tools
    qt6-qpa-plugins
    qt6-translations-l10n
    libqt6svg6
    qt6-pdf-dev
    libsqlcipher-dev
    libsodium-dev
    catch2
)

# Only for the tests (test.sh installs them, run.sh does not):
#   clang-14 libclang-rt-14-dev        libFuzzer and clang's sanitizer runtimes for the fuzz targets (scripts/fuzz.sh)
#   poppler-utils                      pdftotext and pdfinfo: the printing tests read back the PDFs Abri writes
ABRI_DEB_TEST_PACKAGES=(
    clang-14
    libclang-rt-14-dev
    poppler-utils
)

# Prints the packages from the first list above and the arguments that are not installed, one a line.
abri_missing_packages() {
    local pkg status
    for pkg in "${ABRI_DEB_PACKAGES[@]}" "$@"; do
        status=$(dpkg-query -W -f='${db:Status-Status}\n' "$pkg" 2>/dev/null || true)
        if ! grep -qx 'installed' <<<"$status"; then
            printf '%s\n' "$pkg"
        fi
    done
}

# Installs whatever is missing (the build packages plus any named as arguments): directly as root, through sudo
# otherwise, and explains when neither works.
abri_install_deps() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "abri: this is not a Debian-based system; make sure these packages (or their equivalents) are" \
            "installed: ${ABRI_DEB_PACKAGES[*]} $*" >&2
        return 0
    fi

    local -a missing
    mapfile -t missing < <(abri_missing_packages "$@")
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi

    local -a run_as_root
    if [[ $(id -u) -eq 0 ]]; then
        run_as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        run_as_root=(sudo)
    else
        echo "abri: these Debian packages are missing and neither root nor sudo is available to install them:" >&2
        echo "    ${missing[*]}" >&2
        echo "abri: as root, run:  apt-get update && apt-get install ${missing[*]}" >&2
        return 1
    fi

    echo "abri: installing missing packages: ${missing[*]}"
    if ! "${run_as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update ||
        ! "${run_as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"; then
        echo "abri: could not install: ${missing[*]}" >&2
        echo "abri: as root, run:  apt-get update && apt-get install ${missing[*]}" >&2
        return 1
    fi
}
