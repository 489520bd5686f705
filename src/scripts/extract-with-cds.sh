#!/usr/bin/env bash
# Extracts the built jar into DIR (the application's jar with lib/ beside it) and makes DIR/app.jsa,
# a class data sharing (CDS) archive of the classes a start loads, by a training run that stops once
# the application context is refreshed (Spring's spring.context.exit=onRefresh) on a throwaway H2
# database. Then start with: java -XX:SharedArchiveFile=DIR/app.jsa -jar DIR/phoi-hop-<version>.jar
# (README "Starting faster"). Redo it after every build: an archive fits only the jar it came from.
# Usage: src/scripts/extract-with-cds.sh [DIR]   (default target/app)
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=${1:-target/app}
JAR=$(ls target/phoi-hop-*.jar | grep -v original | head -1)
rm -rf "$DIR"
java -Djarmode=tools -jar "$JAR" extract --destination "$DIR" >/dev/null
TRAINING=$(mktemp -d)
trap 'rm -rf "$TRAINING"' EXIT
java -XX:ArchiveClassesAtExit="$DIR/app.jsa" -Dspring.context.exit=onRefresh -jar "$DIR/$(basename "$JAR")" \
     --spring.profiles.active=demo --spring.datasource.url="jdbc:h2:file:$TRAINING/phoihop" >"$TRAINING/training.log" 2>&1 || true
if [ ! -f "$DIR/app.jsa" ]; then
  echo "no CDS archive made; the training run's log:" >&2
  tail -30 "$TRAINING/training.log" >&2
  exit 1
fi
echo "$DIR/$(basename "$JAR") and $DIR/app.jsa"
