#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL and Redis on 127.0.0.1 for the integration suite.
# Usage: scripts/test-services.sh start|stop   — prints the env to export on start.
set -euo pipefail
PG_PORT=${PG_PORT:-54329}
REDIS_PORT=${REDIS_PORT:-63799}
BASE=${TEST_SERVICES_DIR:-/tmp/studio-test-services}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
start)
  mkdir -p "$BASE"
  if [ "$(id -u)" = 0 ]; then chown postgres "$BASE"; fi
  if [ ! -f "$BASE/pg/PG_VERSION" ]; then
    as_postgres "$PG_BIN/initdb" -D "$BASE/pg" -A trust -U postgres --no-sync >/dev/null
  fi
  if ! as_postgres "$PG_BIN/pg_ctl" -D "$BASE/pg" status >/dev/null 2>&1; then
    as_postgres "$PG_BIN/pg_ctl" -D "$BASE/pg" -l "$BASE/pg.log" -w \
      -o "-p $PG_PORT -k $BASE -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  fi
  # A fresh database each start: a run never sees rows a previous run left behind.
  as_postgres "$PG_BIN/dropdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres --if-exists --force studio_test
  as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres studio_test
  if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-cli -p "$REDIS_PORT" flushall >/dev/null
  else
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
      --pidfile "$BASE/redis.pid" --logfile "$BASE/redis.log"
  fi
  for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/studio_test"
  echo "export TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
  ;;
stop)
  as_postgres "$PG_BIN/pg_ctl" -D "$BASE/pg" -m fast stop >/dev/null 2>&1 || true
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  ;;
*) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
