#!/usr/bin/env bash
# Unpacks a BoneTrack jar and makes a JVM AOT cache for it with a training run (Java 25 or later:
# JEP 483/514/515; Spring Boot's "AOT cache" packaging). The cache holds the classes loaded and
# linked while the application context starts, so later starts skip that work.
#
#   bench/aot-cache.sh <jar> <directory> <jdbc-url> [java options...]
#
# The training run starts the application context against <jdbc-url> (Flyway checks the schema)
# and exits once it is refreshed (-Dspring.context.exit=onRefresh). Start the app from <directory>
# with the same java and the same options:
#
#   cd <directory> && java [java options...] -XX:AOTCache=app.aot -jar <jar name> ...
#
# The cache fits one jar and one JDK: make it again after every build or JDK update (a stale or
# mismatched cache is reported on stderr and ignored; the app still starts, only slower).
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,12p' "$0" >&2; exit 2; }
JAR="$1"; DIR="$2"; URL="$3"; shift 3
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
VERSION="$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')"
[ "${VERSION%%.*}" -ge 25 ] || { echo "aot-cache: needs Java 25 or later ($JAVA is $VERSION)" >&2; exit 2; }
rm -rf "$DIR"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" > /dev/null
NAME="$(basename "$JAR")"
# the cache records the class path as given: train and start from the directory with the jar's bare name
(cd "$DIR" && "$JAVA" "$@" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "$NAME" \
  --spring.datasource.url="$URL" > training.log 2>&1) \
  || { tail -40 "$DIR/training.log" >&2; exit 1; }
[ -s "$DIR/app.aot" ] || { echo "aot-cache: no cache written (see $DIR/training.log)" >&2; exit 1; }
echo "$DIR/$NAME"
