# Shared by scripts/test, scripts/demo and scripts/bench: configure and build.
# shellcheck shell=bash

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

# build_project BUILD_DIR [extra cmake args...]
build_project() {
    local build_dir=$1; shift
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
        export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
        export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}
    fi
    cmake -S "$(repo_root)" -B "$build_dir" -G Ninja "${launcher[@]}" "$@" >/dev/null
    cmake --build "$build_dir" --parallel "$(nproc)"
}
