#!/usr/bin/env bash
# Start-up time to "ready" (median of 3) and resident memory once ready, on H2 and on PostgreSQL:
# the executable jar as built, and the same jar extracted and started with a class data sharing
# (CDS) archive, with and without the small-machine flags, as README "Starting faster" describes.
# Usage: src/scripts/measure-startup.sh   (PostgreSQL: a server on 127.0.0.1:5432 and psql; its
# database phoihop_bench is recreated). SKIP_BUILD=1 measures the jar already in target/.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18080}
PG_HOST=${PG_HOST:-127.0.0.1}
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -ntp -DskipTests package
JAR=$(ls target/phoi-hop-*.jar | grep -v original | head -1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The extracted jar and its CDS archive (README "Starting faster").
src/scripts/extract-with-cds.sh "$WORK/extracted" >/dev/null
EXTRACTED_JAR="$WORK/extracted/$(basename "$JAR")"
PLAIN=(java -jar "$JAR")
CDS=(java -XX:SharedArchiveFile="$WORK/extracted/app.jsa" -jar "$EXTRACTED_JAR")
# the same with the client compiler only and the serial collector: fewer threads competing for a small machine's cores
FAST=(java -XX:SharedArchiveFile="$WORK/extracted/app.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$EXTRACTED_JAR")

run_once() { # $1 = datasource URL, $2 = user; LAUNCH = the java command; prints "<ms> <rss MiB>"
  local url=$1 start pid ms rss
  start=$(date +%s%N)
  "${LAUNCH[@]}" --spring.profiles.active=demo --server.port="$PORT" --spring.datasource.url="$url" \
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

measure() { # $1 = label, then run_once arguments
  local label=$1; shift
  local results=()
  for i in 1 2 3; do
    [ -n "${RESET:-}" ] && eval "$RESET"
    results+=("$(run_once "$@")")
  done
  printf '%-16s start-up ms: %s  median %s | RSS MiB: %s  median %s\n' "$label" \
    "$(printf '%s\n' "${results[@]}" | awk '{printf "%s ", $1}')" "$(printf '%s\n' "${results[@]}" | awk '{print $1}' | median)" \
    "$(printf '%s\n' "${results[@]}" | awk '{printf "%s ", $2}')" "$(printf '%s\n' "${results[@]}" | awk '{print $2}' | median)"
}

# Fresh database each run: the time includes creating Camunda's and our schema and the reference data.
LAUNCH=("${PLAIN[@]}"); RESET="rm -rf '$WORK/h2'" measure "H2 (new)" "jdbc:h2:file:$WORK/h2/phoihop"
# Existing database: the everyday restart, as built and with CDS.
LAUNCH=("${PLAIN[@]}"); RESET="" measure "H2 (warm)" "jdbc:h2:file:$WORK/h2/phoihop"
LAUNCH=("${CDS[@]}"); RESET="" measure "H2 (warm, CDS)" "jdbc:h2:file:$WORK/h2/phoihop"
LAUNCH=("${FAST[@]}"); RESET="" measure "H2 (warm, fast)" "jdbc:h2:file:$WORK/h2/phoihop"
if command -v psql >/dev/null && pg_isready -h "$PG_HOST" -q 2>/dev/null; then
  LAUNCH=("${PLAIN[@]}"); RESET="psql -q -h $PG_HOST -U postgres -c 'drop database if exists phoihop_bench with (force)' -c 'create database phoihop_bench' >/dev/null" \
    measure "PG (new)" "jdbc:postgresql://$PG_HOST:5432/phoihop_bench" postgres
  LAUNCH=("${PLAIN[@]}"); RESET="" measure "PG (warm)" "jdbc:postgresql://$PG_HOST:5432/phoihop_bench" postgres
  LAUNCH=("${CDS[@]}"); RESET="" measure "PG (warm, CDS)" "jdbc:postgresql://$PG_HOST:5432/phoihop_bench" postgres
  LAUNCH=("${FAST[@]}"); RESET="" measure "PG (warm, fast)" "jdbc:postgresql://$PG_HOST:5432/phoihop_bench" postgres
else
  echo "PostgreSQL not reachable on $PG_HOST:5432: skipped"
fi
