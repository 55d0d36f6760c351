#!/usr/bin/env bash
# How long the disk under PostgreSQL takes to make one small write durable: fio writes 8 kB and
# calls fdatasync, over and over, as PostgreSQL does for every commit (its WAL is written in 8-kB
# pages and synced with fdatasync on Linux). A write's latency can never be shorter than its
# commit's sync, so this is the floor under the API post's percentiles.
#
#   bench/fsync-probe.sh [seconds (20)] [directory (beside PostgreSQL's data directory)]
#
# Prints one line; needs fio (Debian package fio) and jq. Run it on an idle machine for the disk's
# own figures, or while the bench's post scenario runs to see what the commits meet under load.
set -euo pipefail
SECONDS_TO_RUN="${1:-20}"
# beside the data directory: the same file system as the WAL (its parent, which the server owns, is
# writable by root and postgres; anyone else probes TMPDIR and the line says where)
DATA_DIR="$(psql -h localhost -U postgres -tAc 'show data_directory' 2>/dev/null || true)"
DIR="${2:-$(dirname "${DATA_DIR:-${TMPDIR:-/tmp}/.}")}"
if ! command -v fio > /dev/null || ! command -v jq > /dev/null; then
  echo "not measured (fio and jq are not installed: apt-get install fio jq)"; exit 0
fi
[ -w "$DIR" ] || DIR="${TMPDIR:-/tmp}"
FILE="$DIR/bonetrack-fsync-probe.$$"
trap 'rm -f "$FILE"' EXIT
fio --name=commit-like --filename="$FILE" --size=16m --bs=8k --rw=write --ioengine=sync --fdatasync=1 \
  --time_based --runtime="$SECONDS_TO_RUN" --output-format=json 2> /dev/null \
  | jq -r --arg dir "$DIR" --arg fs "$(df --output=source,fstype "$DIR" | tail -1 | tr -s ' ')" '
      def ms(ns): (ns / 1e6 * 100 | round) / 100;
      .jobs[0].sync.lat_ns as $l
      | "\(.jobs[0].write.total_ios) syncs of an 8-kB write in \($dir) (\($fs)): "
      + "p50 \(ms($l.percentile["50.000000"])) ms, p99 \(ms($l.percentile["99.000000"])) ms, "
      + "p99.9 \(ms($l.percentile["99.900000"])) ms, max \(ms($l.max)) ms, mean \(ms($l.mean)) ms"'
