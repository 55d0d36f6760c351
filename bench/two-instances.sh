#!/usr/bin/env bash
# Two BoneTrack instances on one PostgreSQL behind nginx (round-robin), issue 9:
#   bench/two-instances.sh
# 1. builds the jar (unless JAR is given), starts instances A (8081) and B (8082) on a fresh
#    database and nginx (bench/nginx.conf.template, prefix in /tmp, not the system service);
# 2. signs in on A and continues on B with the same session cookie (sessions in PostgreSQL);
# 3. runs a write load (API exercise-session posts, each with a unique note) through nginx,
#    kill -9's B in the middle of it and starts B again;
# 4. checks: every write answered 2xx is stored; writes that failed are at most the ones in flight
#    on B when it was killed; no event publication is left incomplete once B is back (the registry
#    republishes them on restart); every ISO week written has a weekly score computed after the
#    write (no lost scores).
# Exits non-zero when a check fails. Environment (defaults): DB=bonetrack_bench_2i,
# PORT_A=8081 PORT_B=8082 PORT_LB=18090, WRITERS=8, LOAD=45 (s), KILL_AT=12 (s into the load),
# PATIENTS=20, JAR (target/bonetrack-*.jar, built if missing), KEEP_DB=0 (1: reuse the database).
set -uo pipefail
cd "$(dirname "$0")/.."

DB="${DB:-bonetrack_bench_2i}"
PGHOST="${PGHOST:-localhost}"
PGPORT="${PGPORT:-5432}"
PORT_A="${PORT_A:-8081}"
PORT_B="${PORT_B:-8082}"
PORT_LB="${PORT_LB:-18090}"
WRITERS="${WRITERS:-8}"
LOAD="${LOAD:-45}"
KILL_AT="${KILL_AT:-12}"
PATIENTS="${PATIENTS:-20}"
PASSWORD="bench-password-123"
LB="http://127.0.0.1:${PORT_LB}"

WORK=$(mktemp -d /tmp/bonetrack-2i.XXXXXX)
PID_A="" PID_B="" FAILURES=0
say() { echo "[two-instances] $*"; }
fail() { echo "[two-instances] FAIL: $*"; FAILURES=$((FAILURES + 1)); }
sql() { psql -h "$PGHOST" -p "$PGPORT" -U postgres -d "$DB" -Atqc "$1"; }
cleanup() {
  [[ -f "$WORK/nginx/nginx.pid" ]] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null
  for pid in $PID_A $PID_B; do kill "$pid" 2>/dev/null; done
  for pid in $PID_A $PID_B; do wait "$pid" 2>/dev/null; done
}
trap cleanup EXIT

for tool in nginx curl psql java; do
  command -v "$tool" >/dev/null || { echo "missing $tool (nginx: apt-get install nginx)" >&2; exit 1; }
done

JAR="${JAR:-}"
if [[ -z "$JAR" ]]; then
  JAR=$(ls target/bonetrack-*.jar 2>/dev/null | grep -v plain | head -1)
  if [[ -z "$JAR" ]]; then
    ./mvnw -q -DskipTests package || exit 1
    JAR=$(ls target/bonetrack-*.jar | grep -v plain | head -1)
  fi
fi
cp "$JAR" "$WORK/app.jar"

if [[ "${KEEP_DB:-0}" != 1 ]]; then
  dropdb -h "$PGHOST" -p "$PGPORT" -U postgres --if-exists "$DB"
  createdb -h "$PGHOST" -p "$PGPORT" -U postgres "$DB"
fi

start() { # port log -> pid
  java -Xmx512m -jar "$WORK/app.jar" --server.port="$1" \
    --spring.datasource.url="jdbc:postgresql://${PGHOST}:${PGPORT}/${DB}" >>"$2" 2>&1 &
  echo $!
}
ready() { # port pid
  local deadline=$((SECONDS + 120))
  until curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$2" 2>/dev/null || { tail -40 "$WORK/app-$1.log"; return 1; }
    [[ $SECONDS -lt $deadline ]] || return 1
    sleep 0.2
  done
}

# A first (Flyway migrates the fresh database), then B
PID_A=$(start "$PORT_A" "$WORK/app-$PORT_A.log")
ready "$PORT_A" "$PID_A" || { fail "instance A did not start"; exit 1; }
PID_B=$(start "$PORT_B" "$WORK/app-$PORT_B.log")

# patients with a known password ({bcrypt}, which the app's delegating encoder accepts) and tokens
sql "create extension if not exists pgcrypto" >/dev/null
sql "insert into users (email, display_name, role, password_hash, created_at)
     select format('twoi-%s@bench.test', lpad(g::text, 5, '0')), format('Two-instance patient %s', g), 'PATIENT',
            '{bcrypt}' || crypt('${PASSWORD}', gen_salt('bf', 10)), now()
     from generate_series(1, ${PATIENTS}) g on conflict do nothing" >/dev/null
sql "insert into patient_profiles (patient_id, birth_date, sex, anastrozole_start, updated_at)
     select id, date '1958-03-01', 'FEMALE', current_date - 400, now() from users where email like 'twoi-%'
     on conflict do nothing" >/dev/null
sql "insert into personal_access_tokens (user_id, name, token_hash, token_hint, created_at)
     select id, 'two-instances', encode(sha256(convert_to('bt_twoi' || substring(email from 'twoi-([0-9]+)@') || 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'UTF8')), 'hex'), 'xxxx', now()
     from users where email like 'twoi-%' on conflict do nothing" >/dev/null

ready "$PORT_B" "$PID_B" || { fail "instance B did not start"; exit 1; }
say "A (pid $PID_A) on $PORT_A and B (pid $PID_B) on $PORT_B ready"

mkdir -p "$WORK/nginx"
sed -e "s#@PREFIX@#$WORK/nginx#g" -e "s#@PORT_A@#$PORT_A#g" -e "s#@PORT_B@#$PORT_B#g" -e "s#@PORT_LB@#$PORT_LB#g" \
  bench/nginx.conf.template >"$WORK/nginx/nginx.conf"
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log" || { fail "nginx did not start"; exit 1; }
say "nginx round-robin on $PORT_LB"

# ---- shared sessions: sign in on A, continue on B ----------------------------------------------
JARFILE="$WORK/cookies"
CSRF=$(curl -fsS -c "$JARFILE" -b "$JARFILE" "http://127.0.0.1:$PORT_A/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
WHERE=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$JARFILE" -b "$JARFILE" --data-urlencode "username=twoi-00001@bench.test" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" "http://127.0.0.1:$PORT_A/login")
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$JARFILE" | tail -1)
ON_B=$(curl -sS -o "$WORK/me-b.html" -w '%{http_code}' -b "SESSION=$SESSION" "http://127.0.0.1:$PORT_B/me")
if [[ "$WHERE" != *error* && -n "$SESSION" && "$ON_B" == 200 ]] && grep -q 'Two-instance patient 1' "$WORK/me-b.html"; then
  say "signed in on A, /me on B answered 200 with her page: sessions are shared"
else
  fail "session from A not accepted on B (sign-in redirect '$WHERE', /me on B: $ON_B)"
fi
LB_CODES=""
for i in 1 2 3 4; do LB_CODES+="$(curl -sS -o /dev/null -w '%{http_code}' -b "SESSION=$SESSION" "$LB/me") "; done
[[ "$LB_CODES" == "200 200 200 200 " ]] && say "/me four times through nginx (both instances): $LB_CODES" || fail "/me through nginx: $LB_CODES"

# ---- write load through nginx; kill -9 B mid-load; restart it ----------------------------------
LOAD_START=$(sql "select now()")
writer() { # worker -> lines "worker n code date patient"
  local w=$1 n=0 end=$((SECONDS + LOAD)) code p date
  while [[ $SECONDS -lt $end ]]; do
    n=$((n + 1))
    p=$(( (w * 7 + n) % PATIENTS + 1 ))
    date=$(date -u -d "-$(( 7 + (n % 14) )) day" +%F)
    code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 30 -X POST "$LB/api/v1/me/exercise-sessions" \
      -H "Authorization: Bearer bt_twoi$(printf '%05d' "$p")xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" \
      -H 'Content-Type: application/json' \
      -d "{\"date\":\"$date\",\"type\":\"IMPACT\",\"durationMinutes\":10,\"notes\":\"2i-$w-$n\",\"impacts\":[{\"activity\":\"hops\",\"count\":40}]}" 2>/dev/null)
    echo "$w $n ${code:-000} $date $p"
  done
}
for ((w = 1; w <= WRITERS; w++)); do writer "$w" >"$WORK/writes.$w" & done
sleep "$KILL_AT"
kill -9 "$PID_B"
KILLED_AT=$(date -u +%T)
say "killed B (kill -9) at $KILLED_AT, ${KILL_AT} s into the load; restarting it"
wait "$PID_B" 2>/dev/null
PID_B=$(start "$PORT_B" "$WORK/app-$PORT_B.log")
ready "$PORT_B" "$PID_B" || fail "B did not come back"
say "B back (pid $PID_B) at $(date -u +%T)"
wait $(jobs -p | grep -v -e "^$PID_A\$" -e "^$PID_B\$") 2>/dev/null
cat "$WORK"/writes.* >"$WORK/writes"

TOTAL=$(wc -l <"$WORK/writes")
OK=$(awk '$3 ~ /^2/' "$WORK/writes" | wc -l)
FAILED=$((TOTAL - OK))
say "writes: $TOTAL sent, $OK answered 2xx, $FAILED not ($(awk '$3 !~ /^2/ { print $3 }' "$WORK/writes" | sort | uniq -c | tr '\n' ' '))"
awk '$3 ~ /^2/ { print "2i-" $1 "-" $2 }' "$WORK/writes" | sort >"$WORK/ok.notes"
awk '$3 !~ /^2/ { print "2i-" $1 "-" $2 }' "$WORK/writes" | sort >"$WORK/failed.notes"
sql "select notes from exercise_sessions where notes like '2i-%'" | sort >"$WORK/stored.notes"
LOST=$(comm -23 "$WORK/ok.notes" "$WORK/stored.notes" | wc -l)
DUPLICATES=$(uniq -d "$WORK/stored.notes" | wc -l)
STORED_BUT_FAILED=$(comm -12 "$WORK/failed.notes" "$WORK/stored.notes" | wc -l)
[[ "$LOST" -eq 0 ]] && say "every write answered 2xx is stored ($OK)" || fail "$LOST writes answered 2xx are not stored"
[[ "$DUPLICATES" -eq 0 ]] || fail "$DUPLICATES writes stored twice (a POST retried on the other instance)"
if [[ "$FAILED" -le "$WRITERS" ]]; then
  say "failed writes: $FAILED (at most the $WRITERS in flight when B died); of them stored anyway (committed before the answer was lost): $STORED_BUT_FAILED"
else
  fail "$FAILED writes failed, more than the $WRITERS that can have been in flight on B"
fi

# ---- no lost scores: outstanding publications complete, every written week rescored ------------
deadline=$((SECONDS + 120))
while true; do
  OPEN=$(sql "select count(*) from event_publication where completion_date is null")
  # with scoring phase 2, listeners mark weeks in scoring_pending_weeks and a worker scores them
  PENDING=$(sql "select case when to_regclass('scoring_pending_weeks') is null then 0
                 else (select count(*) from scoring_pending_weeks) end")
  [[ ( "$OPEN" -eq 0 && "$PENDING" -eq 0 ) || $SECONDS -ge $deadline ]] && break
  sleep 2
done
[[ "$OPEN" -eq 0 ]] && say "no incomplete event publications" || fail "$OPEN event publications still incomplete after 120 s"
[[ "$PENDING" -eq 0 ]] && say "no week left waiting to be scored" || fail "$PENDING weeks still waiting to be scored after 120 s"
WEEKS=$(sql "select count(distinct (patient_id, date_trunc('week', session_date))) from exercise_sessions where notes like '2i-%'")
MISSING=$(sql "select count(*) from (select patient_id, date_trunc('week', session_date)::date as week, max(created_at) as written
                from exercise_sessions where notes like '2i-%' group by 1, 2) w
               where not exists (select 1 from weekly_scores s where s.patient_id = w.patient_id and s.week_start = w.week
                                 and s.computed_at >= w.written)")
[[ "$MISSING" -eq 0 ]] && say "all $WEEKS patient-weeks written have a weekly score computed after their last write" \
  || fail "$MISSING of $WEEKS patient-weeks written have no weekly score computed after their last write"

say "logs and nginx config in $WORK"
if [[ "$FAILURES" -gt 0 ]]; then
  say "$FAILURES check(s) failed"
  exit 1
fi
say "passed"
