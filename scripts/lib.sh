# Shared by scripts/test, scripts/demo and scripts/bench: configure and build; the throwaway
# PostgreSQL server.
# shellcheck shell=bash

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

# build_project BUILD_DIR [extra cmake args...]
build_project() {
    local build_dir=$1; shift
    configure_project "$build_dir" "$@"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

# configure_project BUILD_DIR [extra cmake args...] — configures only (with ccache when present).
configure_project() {
    local build_dir=$1; shift
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
        export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
        export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}
    fi
    cmake -S "$(repo_root)" -B "$build_dir" -G Ninja "${launcher[@]}" "$@" >/dev/null
}

# --- throwaway PostgreSQL server (scripts/test, scripts/bench) ---------------------------------
# pg_throwaway_start NAME [EXTRA_SERVER_OPTIONS]
# Starts a PostgreSQL server of the newest installed version in a fresh /tmp folder: a random
# password for the superuser upgrade_admin, scram-sha-256, loopback only, a free random port,
# fsync off (nothing here must survive a crash). NAME prefixes the messages. Exits on failure.
# Sets PG_THROWAWAY_DIR, PG_THROWAWAY_BIN, PG_THROWAWAY_PORT and PG_THROWAWAY_URL
# (postgresql://upgrade_admin:PASSWORD@127.0.0.1:PORT/postgres). Call pg_throwaway_stop from an
# EXIT trap set before this (it is safe to call when nothing was started).
pg_throwaway_start() {
    local name=$1 extra=${2:-}
    PG_THROWAWAY_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -x "$PG_THROWAWAY_BIN/initdb" ] || { echo "$name: PostgreSQL server binaries not found" >&2; exit 1; }
    PG_THROWAWAY_DIR=$(mktemp -d /tmp/bpmsoft-upgrade-pg.XXXXXX)
    local dir=$PG_THROWAWAY_DIR bin=$PG_THROWAWAY_BIN pg_user
    pg_user=$(id -un)
    if [ "$(id -u)" -eq 0 ]; then
        # initdb refuses to run as root: use the postgres system user the server package creates.
        pg_user=postgres
        chown postgres "$dir"
    fi
    local password
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    echo "$password" > "$dir/pwfile"
    [ "$pg_user" = postgres ] && chown postgres "$dir/pwfile"
    _pg_throwaway_run "$bin/initdb" -D "$dir/data" -U upgrade_admin --pwfile="$dir/pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$dir/pwfile"

    local started="" port
    for _ in 1 2 3 4 5 6 7 8; do
        port=$(( 20000 + RANDOM % 20000 ))
        _pg_throwaway_port_is_free "$port" || continue
        if _pg_throwaway_run "$bin/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200${extra:+ $extra}" \
            start >/dev/null; then
            started=$port; break
        fi
    done
    [ -n "$started" ] || { echo "$name: PostgreSQL did not start" >&2; cat "$dir/server.log" >&2; exit 1; }
    PG_THROWAWAY_PORT=$started
    PG_THROWAWAY_URL="postgresql://upgrade_admin:${password}@127.0.0.1:${started}/postgres"
}

# pg_throwaway_stop — stops the server pg_throwaway_start started and removes its folder.
pg_throwaway_stop() {
    local dir=${PG_THROWAWAY_DIR:-}
    [ -n "$dir" ] || return 0
    if [ -f "$dir/data/postmaster.pid" ]; then
        _pg_throwaway_run "$PG_THROWAWAY_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    PG_THROWAWAY_DIR=""
}

_pg_throwaway_run() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
_pg_throwaway_port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
