#!/usr/bin/env bash
# A private PostgreSQL 15 cluster for the workspace tests, in a folder of
# its own, listening only on a Unix socket inside that folder.
#   pgserver.sh start DIR   initdb (if needed) and start; prints the socket folder
#   pgserver.sh stop DIR    stop it (fast), leaving DIR for inspection
#   pgserver.sh crash DIR   stop it at once (immediate), as a server that dies
#   pgserver.sh restart DIR start it again on the data it holds (no initdb)
# PostgreSQL refuses to run as root, and the tests run as root in CI: the
# cluster then belongs to the unprivileged user "nobody". Its superuser is
# that account; the tests connect through the socket with trust, as it.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)
[ -x "$bin/initdb" ] || { echo "pgserver.sh: postgresql-15 is not installed" >&2; exit 1; }
action=${1:?usage: pgserver.sh start|stop|crash|restart DIR}
dir=${2:?usage: pgserver.sh start|stop|crash|restart DIR}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

close_inherited() {
  # The server outlives this script: it must not keep open what the caller
  # holds, such as the lock of a build run under `flock` (255 is bash's own).
  local fd
  for fd in $(ls /proc/$BASHPID/fd); do
    if [ "$fd" -gt 2 ] && [ "$fd" -ne 255 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
}

run_server() {
  close_inherited
  # No TCP at all: only the socket in $dir, so parallel runs never clash.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "$dir"
}

case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown nobody:nogroup "$dir"
    if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir/data"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    run_server
    ;;
  restart)
    [ -d "$dir/data" ] || { echo "pgserver.sh: no cluster in $dir" >&2; exit 1; }
    run_server
    ;;
  crash)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: pgserver.sh start|stop|crash|restart DIR" >&2
    exit 2
    ;;
esac
