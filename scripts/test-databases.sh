#!/usr/bin/env bash
# Starts or stops the PostgreSQL 15 and MariaDB servers the behaviour tests use in CI, on 127.0.0.1 only,
# in a throw-away directory. `start` prints the environment to export; `stop` shuts both down.
#   eval "$(scripts/test-databases.sh start)"; ...; scripts/test-databases.sh stop
set -euo pipefail
dir="${CARDINAL_DB_DIR:-/tmp/cardinal-test-databases}"
pg_port="${CARDINAL_PG_PORT:-54329}"
my_port="${CARDINAL_MY_PORT:-33069}"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"

start_postgres() {
  [ -x "$pg_bin/initdb" ] || { echo "test-databases: PostgreSQL is not installed (apt-get install postgresql)" >&2; return 1; }
  mkdir -p "$dir/pg" && chown -R postgres:postgres "$dir/pg"
  su postgres -c "$pg_bin/initdb -D $dir/pg/data -U postgres -A trust -E UTF8 --no-locale" > "$dir/pg/initdb.log" 2>&1
  su postgres -c "$pg_bin/pg_ctl -D $dir/pg/data -l $dir/pg/server.log -o '-c listen_addresses=127.0.0.1 -p $pg_port -k $dir/pg -c fsync=off' -w start" > /dev/null
  echo "export CARDINAL_POSTGRES_URL=postgres://postgres@127.0.0.1:$pg_port/postgres"
}

start_mariadb() {
  command -v mariadbd > /dev/null || { echo "test-databases: MariaDB is not installed (apt-get install mariadb-server)" >&2; return 1; }
  mkdir -p "$dir/my" && chown -R mysql:mysql "$dir/my"
  mariadb-install-db --no-defaults --user=mysql --datadir="$dir/my/data" --auth-root-authentication-method=normal --skip-test-db > "$dir/my/install.log" 2>&1
  (mariadbd --no-defaults --user=mysql --datadir="$dir/my/data" --socket="$dir/my/sock" --pid-file="$dir/my/pid" --port="$my_port" \
    --bind-address=127.0.0.1 --skip-log-bin --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci > "$dir/my/server.log" 2>&1 &)
  for _ in $(seq 1 60); do
    mariadb-admin --no-defaults --socket="$dir/my/sock" -uroot ping > /dev/null 2>&1 && break
    sleep 0.5
  done
  mariadb-admin --no-defaults --socket="$dir/my/sock" -uroot ping > /dev/null
  echo "export CARDINAL_MYSQL_URL=mysql://root@127.0.0.1:$my_port/mysql"
}

stop() {
  [ -d "$dir/pg/data" ] && su postgres -c "$pg_bin/pg_ctl -D $dir/pg/data -m fast -w stop" > /dev/null 2>&1 || true
  [ -S "$dir/my/sock" ] && mariadb-admin --no-defaults --socket="$dir/my/sock" -uroot shutdown > /dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) stop; mkdir -p "$dir"; chmod 755 "$dir"; start_postgres; start_mariadb ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
