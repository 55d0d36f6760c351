#!/usr/bin/env bash
# Fills a bench database (dropped and rebuilt!) with the deterministic bench population.
# Usage: bench/generate-data.sh [patients] [database]   (defaults: 1000, bonetrack_bench)
set -euo pipefail
cd "$(dirname "$0")/.."
PATIENTS="${1:-1000}"
DB="${2:-bonetrack_bench}"
URL="jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/${DB}"
mkdir -p bench/results
psql -h "${PGHOST:-localhost}" -U postgres -d postgres -tAc "select 1 from pg_database where datname = '${DB}'" | grep -q 1 \
  || psql -h "${PGHOST:-localhost}" -U postgres -d postgres -c "create database ${DB}"
./mvnw -q -Pbench test -Dbench.jmh.skip=true -Dbench.data.skip=false \
  "-Dbench.data.args=--patients=${PATIENTS} --db=${URL} --out=bench/results/data-${DB}-${PATIENTS}"
