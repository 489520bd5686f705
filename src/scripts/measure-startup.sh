#!/usr/bin/env bash
# Start-up time to "ready" (median of 3) and resident memory once ready, on H2 and on PostgreSQL.
# Usage: src/scripts/measure-startup.sh   (PostgreSQL: PG_URL, default the local server's database
# phoihop_bench, recreated for each run; needs psql and a server on 127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18080}
PG_HOST=${PG_HOST:-127.0.0.1}
mvn -q -B -ntp -DskipTests package
JAR=$(ls target/phoi-hop-*.jar | grep -v original | head -1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

run_once() { # $1 = datasource URL; prints "<ms> <rss MiB>"
  local url=$1 start pid ms rss
  start=$(date +%s%N)
  java -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" --spring.datasource.url="$url" \
       --spring.datasource.username="${2:-sa}" --spring.datasource.password= >"$WORK/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$PORT/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "start-up failed, see log:" >&2; tail -30 "$WORK/app.log" >&2; exit 1; fi
    sleep 0.1
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() { # $1 = label, then run_once arguments; the first run creates the schema and is reported apart
  local label=$1; shift
  local results=()
  for i in 1 2 3; do
    [ -n "${RESET:-}" ] && eval "$RESET"
    results+=("$(run_once "$@")")
  done
  printf '%-10s start-up ms: %s  median %s | RSS MiB: %s  median %s\n' "$label" \
    "$(printf '%s\n' "${results[@]}" | awk '{printf "%s ", $1}')" "$(printf '%s\n' "${results[@]}" | awk '{print $1}' | median)" \
    "$(printf '%s\n' "${results[@]}" | awk '{printf "%s ", $2}')" "$(printf '%s\n' "${results[@]}" | awk '{print $2}' | median)"
}

# Fresh database each run: the time includes creating Camunda's and our schema and the reference data.
RESET="rm -rf '$WORK/h2'" measure "H2 (new)" "jdbc:h2:file:$WORK/h2/phoihop"
# Existing database: the everyday restart.
RESET="" measure "H2 (warm)" "jdbc:h2:file:$WORK/h2/phoihop"
if command -v psql >/dev/null && pg_isready -h "$PG_HOST" -q 2>/dev/null; then
  RESET="psql -q -h $PG_HOST -U postgres -c 'drop database if exists phoihop_bench with (force)' -c 'create database phoihop_bench' >/dev/null" \
    measure "PG (new)" "jdbc:postgresql://$PG_HOST:5432/phoihop_bench" postgres
  RESET="" measure "PG (warm)" "jdbc:postgresql://$PG_HOST:5432/phoihop_bench" postgres
else
  echo "PostgreSQL not reachable on $PG_HOST:5432: skipped"
fi
