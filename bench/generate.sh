#!/usr/bin/env bash
# Fills the benchmark database from scratch: bench/generate.sh [patients] (default 1000).
# Environment: BENCH_DB (bonetrack_bench), PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres),
# BENCH_END (last day of data, default today UTC), BENCH_SEED (9).
set -euo pipefail
cd "$(dirname "$0")/.."
PATIENTS="${1:-1000}"
DB="${BENCH_DB:-bonetrack_bench}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
dropdb --if-exists "$DB"
createdb "$DB"
./mvnw -q -Pbench test-compile exec:java \
  -Dexec.mainClass=org.bonetrack.bench.DataGenerator -Dexec.classpathScope=test \
  -Dbench.patients="$PATIENTS" -Dbench.db="$DB" \
  -Dbench.server="jdbc:postgresql://$PGHOST:$PGPORT/" \
  -Dbench.end="${BENCH_END:-}" -Dbench.seed="${BENCH_SEED:-9}"
