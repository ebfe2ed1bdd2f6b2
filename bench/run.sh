#!/usr/bin/env bash
# The benchmark: one command that prints a table of figures (see bench/README.md).
#
#   bench/run.sh                 full run: 1,000,000 imported cases, 30 s load phases
#   bench/run.sh --smoke         tiny run (CI): 2,000 cases, 3 s phases; checks that every figure is produced
#   options: --cases N  --duration S  --warmup S  --build (package the application first)  --keep (keep the database)
#            --import-only (stop after the bulk import and print its figures)
#
# Needs: Java 17+, PostgreSQL on 127.0.0.1:5432 (user postgres, trust authentication; or PGHOST/PGPORT/PGUSER),
# wrk, curl, psql. Runs the packaged application with the postgres profile against a new database it drops afterwards.
set -euo pipefail

# The whole script is one function, read completely before it runs, so that editing this file during a run is safe.
main() {

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
OUT="$BENCH/target"
CASES=1000000
DURATION=30
WARMUP=20
BUILD=no
KEEP=no
SMOKE=no
IMPORT_ONLY=no
while [ $# -gt 0 ]; do
  case "$1" in
    --cases) CASES="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --build) BUILD=yes; shift ;;
    --keep) KEEP=yes; shift ;;
    --import-only) IMPORT_ONLY=yes; shift ;;
    --smoke) SMOKE=yes; CASES=2000; DURATION=3; WARMUP=3; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
APP_JAVA_OPTS="${BENCH_APP_JAVA_OPTS:--Xms1g -Xmx1g}"
for tool in java wrk curl psql createdb dropdb; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is required (wrk and psql come from Debian's wrk and postgresql-client)" >&2; exit 1; }
done

log() { printf '%s bench: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo "$1"; }

mkdir -p "$OUT"
JAR="$(ls "$ROOT"/target/council-feedback-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)"
if [ "$BUILD" = yes ] || [ -z "$JAR" ]; then
  log "packaging the application"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
  JAR="$(ls "$ROOT"/target/council-feedback-*.jar | grep -v plain | head -n 1)"
fi
rm -rf "$OUT/app" "$OUT/classes"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" >/dev/null
APP_JAR="$(ls "$OUT"/app/council-feedback-*.jar | head -n 1)"
javac -nowarn -cp "$OUT/app/lib/*" -d "$OUT/classes" "$BENCH/tools/BenchTool.java"
TOOL=(java -cp "$OUT/classes:$OUT/app/lib/*" BenchTool)

DB="cf_bench_$(date +%s)_$$"
JDBC="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
APP_PORT="$(free_port 18080)"
SMTP_PORT="$(free_port 18025)"
RESULTS="$OUT/results.txt"
: > "$RESULTS"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$KEEP" = no ]; then dropdb --if-exists --force "$DB" 2>/dev/null || dropdb --if-exists "$DB" 2>/dev/null || true; fi
}
trap cleanup EXIT

LOAD_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"
log "database $DB, application on port $APP_PORT, SMTP sink on port $SMTP_PORT; load average $LOAD_AT_START"
for attempt in 1 2 3 4 5 6 7 8 9 10; do createdb "$DB" 2>/dev/null && break; sleep 2; done
psql -d "$DB" -Atqc "select 1" >/dev/null
"${TOOL[@]}" smtp-sink "$SMTP_PORT" "$OUT/smtp-count" > "$OUT/smtp-sink.log" 2>&1 &
PIDS+=($!)
# shellcheck disable=SC2086
java $APP_JAVA_OPTS -jar "$APP_JAR" \
  --spring.profiles.active=postgres --server.port="$APP_PORT" \
  --spring.datasource.url="$JDBC" --spring.datasource.username="$PGUSER" --spring.datasource.password= \
  --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" \
  --council-feedback.intake.rate-limit.per-minute=1000000000 --council-feedback.intake.rate-limit.burst=1000000000 \
  > "$OUT/app.log" 2>&1 &
APP_PID=$!
PIDS+=($APP_PID)
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$OUT/app.log" >&2; exit 1; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null
TOKEN=""
for attempt in 1 2 3 4 5 6 7 8 9 10; do TOKEN="$("${TOOL[@]}" setup "$JDBC" 2>/dev/null)" && break; sleep 2; done
[ -n "$TOKEN" ]
BASE="http://127.0.0.1:$APP_PORT"
export BENCH_WRK_DIR="$BENCH/wrk" BENCH_OUT="$RESULTS" BENCH_TOKEN="$TOKEN" BENCH_TERMS="$OUT/search-terms.txt"

sql() {  # retried: on a shared server the connection slots can run out for a moment
  local attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    psql -d "$DB" -Atqc "$1" 2>/dev/null && return 0
    sleep 1
  done
  psql -d "$DB" -Atqc "$1"
}

# CPU time (user + system, in clock ticks) of the application and of this database's PostgreSQL backends, so that each
# phase can also be given as CPU per operation: a figure other work on the machine does not shrink.
cpu_snapshot() {
  local pids
  pids="$APP_PID $(sql "select string_agg(pid::text, ' ') from pg_stat_activity where datname = '$DB'")"
  for pid in $pids; do
    if [ -r "/proc/$pid/stat" ]; then awk -v pid="$pid" '{ sub(/^.*\) /, ""); print pid, $12 + $13 }' "/proc/$pid/stat"; fi
  done
  return 0
}
cpu_ms_since() {  # $1: snapshot file taken at the start; prints CPU milliseconds used since, by the same and new processes
  cpu_snapshot > "$OUT/cpu-now"
  awk -v hz="$(getconf CLK_TCK)" 'NR == FNR { start[$1] = $2; next } { used += $2 - ($1 in start ? start[$1] : 0) }
    END { printf "%.0f", used * 1000 / hz }' "$1" "$OUT/cpu-now"
}

# 1. Bulk import: generate the cases and load them through the application's own import API.
log "generating $CASES cases"
"${TOOL[@]}" generate "$CASES" "$OUT/cases.csv" "$BENCH_TERMS"
log "importing $(du -h "$OUT/cases.csv" | cut -f1) of CSV through POST /api/v1/imports"
cpu_snapshot > "$OUT/cpu-import"
start_ms=$(date +%s%3N)
IMPORT="$(curl -fsS -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
  --data-binary @"$OUT/cases.csv" "$BASE/api/v1/imports")"
IMPORT_ID="$(printf '%s' "$IMPORT" | grep -o '"id":[0-9]*' | cut -d: -f2)"
while :; do
  REPORT="$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/imports/$IMPORT_ID")"
  case "$REPORT" in *'"status":"QUEUED"'*|*'"status":"RUNNING"'*) sleep 1 ;; *) break ;; esac
done
end_ms=$(date +%s%3N)
IMPORT_CPU_MS="$(cpu_ms_since "$OUT/cpu-import")"
printf '%s' "$REPORT" | grep -q '"status":"COMPLETED"' || { echo "import failed: $REPORT" >&2; exit 1; }
IMPORTED="$(printf '%s' "$REPORT" | grep -o '"rowsImported":[0-9]*' | cut -d: -f2)"
REJECTED="$(printf '%s' "$REPORT" | grep -o '"rowsRejected":[0-9]*' | cut -d: -f2)"
IMPORT_RATE="$(printf '%s' "$REPORT" | grep -o '"rowsPerSecond":[0-9.]*' | cut -d: -f2)"
IMPORT_WALL_RATE="$(awk -v n="$IMPORTED" -v ms=$((end_ms - start_ms)) 'BEGIN { printf "%.0f", n / (ms / 1000) }')"
[ "$IMPORTED" -gt 0 ] || { echo "nothing imported: $REPORT" >&2; exit 1; }
log "imported $IMPORTED cases ($REJECTED rejected) at $IMPORT_RATE rows/s ($IMPORT_WALL_RATE rows/s including the upload)"
if [ "$IMPORT_ONLY" = yes ]; then
  printf 'bulk import: %s rows, %s rejected, %s rows/s (import alone), %s rows/s (including the upload), %s CPU ms/row\n' \
    "$IMPORTED" "$REJECTED" "$IMPORT_RATE" "$IMPORT_WALL_RATE" "$(awk -v c="$IMPORT_CPU_MS" -v n="$IMPORTED" 'BEGIN { printf "%.3f", c / n }')"
  return 0
fi
sql "vacuum analyze feedback"
sql "vacuum analyze feedback_event"

# 2. Staff search and work queue over the imported cases, with a personal API token (8 clients).
log "staff search and work queue"
BENCH_NAME=search-warmup wrk -t2 -c8 -d"${WARMUP}s" -s "$BENCH/wrk/search.lua" "$BASE" >/dev/null
BENCH_NAME=search-warmup wrk -t2 -c8 -d"${WARMUP}s" -s "$BENCH/wrk/queue.lua" "$BASE" >/dev/null
measured() {  # name, then the wrk command: runs it and records the CPU used per request
  local name="$1"; shift
  cpu_snapshot > "$OUT/cpu-$name"
  BENCH_NAME="$name" "$@" >/dev/null
  echo "$name $(cpu_ms_since "$OUT/cpu-$name")" >> "$OUT/cpu.txt"
}
: > "$OUT/cpu.txt"
measured search wrk -t2 -c8 -d"${DURATION}s" -s "$BENCH/wrk/search.lua" "$BASE"
measured queue wrk -t2 -c8 -d"${DURATION}s" -s "$BENCH/wrk/queue.lua" "$BASE"

# 3. Annual report over a year of cases: the Customer Care report (every figure of the dashboard plus stages,
# timeliness and the Ombudsman) for the last full council year, through the API, three times; the first run is timed
# too (a report is asked for once, not warmed up).
REPORT_YEAR="$(( $(date +%Y) - ( $(date +%-m) < 4 ? 2 : 1 ) ))"
log "annual report for the council year $REPORT_YEAR-$(( REPORT_YEAR + 1 ))"
: > "$OUT/annual-report.txt"
for _ in 1 2 3; do
  curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" \
    "$BASE/api/v1/reports/annual/customer-care/$REPORT_YEAR" >> "$OUT/annual-report.txt"
done
REPORT_FIRST_MS="$(awk 'NR == 1 { printf "%.0f", $1 * 1000 }' "$OUT/annual-report.txt")"
REPORT_MEDIAN_MS="$(sort -n "$OUT/annual-report.txt" | awk 'NR == 2 { printf "%.0f", $1 * 1000 }')"
REPORT_CASES="$(sql "select count(*) from feedback where received_at >= '$REPORT_YEAR-04-01' and received_at < '$(( REPORT_YEAR + 1 ))-04-01'")"

# 4. Intake: public online submissions, each acknowledged by email, at 8 and 32 concurrent clients.
log "intake warm-up"
BENCH_NAME=intake-warmup wrk -t2 -c8 -d"${WARMUP}s" -s "$BENCH/wrk/intake.lua" "$BASE/api/v1/feedback" >/dev/null
echo 5 > "/proc/$APP_PID/clear_refs" 2>/dev/null || true   # reset the peak RSS so it covers the intake load only
jstat -gc "$APP_PID" 500 > "$OUT/jstat.txt" 2>/dev/null &
JSTAT_PID=$!
PIDS+=($JSTAT_PID)
mails_before="$(cat "$OUT/smtp-count" 2>/dev/null || echo 0)"
stored_before="$(sql "select count(*) from feedback")"
load_started="$(sql "select now()")"
for clients in 8 32; do
  log "intake with $clients clients"
  measured "intake-c$clients" wrk -t2 -c"$clients" -d"${DURATION}s" -s "$BENCH/wrk/intake.lua" "$BASE/api/v1/feedback"
done
kill "$JSTAT_PID" 2>/dev/null || true
RSS_PEAK_KB="$(awk '/VmHWM/ { print $2 }' "/proc/$APP_PID/status")"
HEAP_PEAK_KB="$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $1 ~ /^[0-9.]+$/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (used > max) max = used }
  END { printf "%.0f", max }' "$OUT/jstat.txt" 2>/dev/null || echo 0)"
mails_at_end="$(cat "$OUT/smtp-count")"
# Every acknowledgement must go out: wait for the backlog to drain, and time it.
drain_start=$(date +%s)
while [ $(( $(date +%s) - drain_start )) -lt 1800 ]; do
  [ "$(sql "select count(*) from outgoing_message where status <> 'SENT'")" = 0 ] \
    && [ "$(sql "select count(*) from event_publication where completion_date is null")" = 0 ] && break
  sleep 1
done
DRAIN_S=$(( $(date +%s) - drain_start ))
# Fresh statistics for the counting below: tens of thousands of rows were just added, and a plan made for the few rows
# the old statistics promise (a nested loop) takes minutes over them.
sql "analyze feedback"
sql "analyze outgoing_message"
stored_after="$(sql "select count(*) from feedback")"
accepted="$(awk -F'|' '$1 ~ /^intake-c/ { n += $2 - $8 } END { print n }' "$RESULTS")"
sent="$(sql "select count(*) from outgoing_message m join feedback f on f.reference = m.reference
  where f.received_at >= '$load_started' and m.status = 'SENT' and m.kind like 'ACKNOWLEDGEMENT%'")"
mails_total="$(sleep 2; cat "$OUT/smtp-count")"
# What the sink received from the start of the load on, one line per email (Message-ID, kind, reference): the
# acknowledgements of this load's submissions, those of warm-up submissions still queued when it began (not in $sent),
# other emails, and any Message-ID received more than once (a real duplicate).
sql "select reference from feedback where received_at >= '$load_started'" > "$OUT/load-references.txt"
read -r mails_load_acks mails_warmup_acks mails_other mails_repeated < <(awk -v skip="$mails_before" '
  FNR == NR { load[$1] = 1; next }
  FNR <= skip { next }
  { if (seen[$1]++) repeated++
    if ($2 ~ /^ACKNOWLEDGEMENT/) { if ($3 in load) acks++; else early++ } else other++ }
  END { printf "%d %d %d %d\n", acks, early, other, repeated }' "$OUT/load-references.txt" "$OUT/smtp-count.log")
MAIL_RATE="$(awk -v a="$mails_before" -v b="$mails_at_end" -v d="$DURATION" 'BEGIN { printf "%.0f", (b - a) / (2 * d) }')"

# 5. The ceiling: the same rows with plain JDBC from one process.
for threads in 8 32; do
  log "plain JDBC ceiling with $threads threads"
  read -r rps p50 p95 p99 n < <("${TOOL[@]}" ceiling "$JDBC" "$threads" "$DURATION")
  echo "ceiling-c$threads|$n|$DURATION|$rps|$p50|$p95|$p99|0" >> "$RESULTS"
done

# The table.
field() { awk -F'|' -v name="$1" -v col="$2" '$1 == name { print $col }' "$RESULTS"; }
cpu_per() {  # CPU ms (application + its PostgreSQL backends) per request of a phase; intake also pays later for its email
  awk -v name="$1" -v n="$(field "$1" 2)" '$1 == name && n > 0 { printf "%.2f", $2 / n }' "$OUT/cpu.txt"
}
CPU="$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
CORES="$(nproc)"
RAM="$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
PGV="$(sql "show server_version" | cut -d' ' -f1)"
{
  echo
  echo "Council Feedback benchmark — $(date -u +%Y-%m-%d), $CPU, $CORES cores, $RAM RAM, PostgreSQL $PGV, Java $(java -version 2>&1 | awk -F'"' '/version/ { print $2 }')"
  echo "cases imported: $IMPORTED; load phases: ${DURATION}s after ${WARMUP}s warm-up; wrk, application, PostgreSQL and SMTP sink on one machine"
  echo "load average (1, 5, 15 min) before the run: $LOAD_AT_START, after it: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews every figure)"
  echo
  printf '| %-58s | %12s | %9s | %9s | %9s | %11s |\n' "measure" "per second" "p50 ms" "p95 ms" "p99 ms" "CPU ms/op"
  printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' $(seq 60))" "$(printf -- '-%.0s' $(seq 14))" "$(printf -- '-%.0s' $(seq 11))" "$(printf -- '-%.0s' $(seq 11))" "$(printf -- '-%.0s' $(seq 11))" "$(printf -- '-%.0s' $(seq 13))"
  row() { printf '| %-58s | %12s | %9s | %9s | %9s | %11s |\n' "$1" "$2" "$3" "$4" "$5" "${6:-}"; }
  for c in 8 32; do
    row "intake POST /api/v1/feedback, $c clients ($(field "intake-c$c" 8) errors)" "$(field "intake-c$c" 4)" "$(field "intake-c$c" 5)" "$(field "intake-c$c" 6)" "$(field "intake-c$c" 7)" "$(cpu_per "intake-c$c")"
    row "plain JDBC, same rows, $c threads (ceiling)" "$(field "ceiling-c$c" 4)" "$(field "ceiling-c$c" 5)" "$(field "ceiling-c$c" 6)" "$(field "ceiling-c$c" 7)"
    row "  intake / ceiling, $c" "$(awk -v a="$(field "intake-c$c" 4)" -v b="$(field "ceiling-c$c" 4)" 'BEGIN { printf "%.0f%%", 100 * a / b }')" "" "" ""
  done
  row "acknowledgement emails sent during intake load" "$MAIL_RATE" "" "" ""
  row "staff search GET /api/v1/feedback?q=, 8 clients ($(field search 8) errors)" "$(field search 4)" "$(field search 5)" "$(field search 6)" "$(field search 7)" "$(cpu_per search)"
  row "work queue GET /api/v1/feedback?status=…, 8 clients ($(field queue 8) errors)" "$(field queue 4)" "$(field queue 5)" "$(field queue 6)" "$(field queue 7)" "$(cpu_per queue)"
  row "bulk import (rows, import alone)" "$IMPORT_RATE" "" "" "" "$(awk -v c="$IMPORT_CPU_MS" -v n="$IMPORTED" 'BEGIN { printf "%.3f", c / n }')"
  row "bulk import (rows, including the upload)" "$IMPORT_WALL_RATE" "" "" ""
  row "annual report, customer care $REPORT_YEAR-$(( REPORT_YEAR + 1 )) (median of 3)" "" "$REPORT_MEDIAN_MS" "" ""
  echo
  echo "CPU ms/op: CPU time of the application and of its PostgreSQL backends per request or row (not wrk's, not PostgreSQL's"
  echo "background writers); with 2 cores and nothing else running, 2000 / (CPU ms/op) bounds what the machine can do per second."
  echo "annual report: the Customer Care report for $REPORT_YEAR-$(( REPORT_YEAR + 1 )) over $REPORT_CASES cases received in that year; first request ${REPORT_FIRST_MS} ms, median of 3 ${REPORT_MEDIAN_MS} ms"
  echo "memory under intake load: peak RSS $((RSS_PEAK_KB / 1024)) MiB (VmHWM), peak heap used $((HEAP_PEAK_KB / 1024)) MiB (jstat), JVM options: $APP_JAVA_OPTS"
  echo "acknowledgements: $accepted submissions accepted, $((stored_after - stored_before)) stored, $sent acknowledgement emails marked SENT, $mails_load_acks of them received by the SMTP sink; backlog drained ${DRAIN_S}s after the load stopped"
  echo "SMTP sink from the start of the load on: $((mails_total - mails_before)) emails = $mails_load_acks acknowledgements of these submissions + $mails_warmup_acks of warm-up submissions + $mails_other other emails; Message-IDs received more than once: $mails_repeated"
} | tee "$OUT/table.md"

# Every figure must be there, and every accepted submission stored and acknowledged (the CI smoke run relies on this).
passed=0
failed=0
check() { if eval "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "bench: FAILED: $1" >&2; fi; }
for name in intake-c8 intake-c32 ceiling-c8 ceiling-c32 search queue; do
  check "figures for $name" '[ -n "$(field "$name" 4)" ]'
done
check "bulk import rate" '[ -n "$IMPORT_RATE" ]'
check "annual report timed" '[ -n "$REPORT_MEDIAN_MS" ]'
check "every accepted submission stored" '[ "$((stored_after - stored_before))" -ge "$accepted" ]'
check "every accepted submission acknowledged" '[ "$sent" -ge "$accepted" ]'
check "every acknowledgement marked sent reached the mail server" '[ "$mails_load_acks" -eq "$sent" ]'
check "no email delivered twice" '[ "$mails_repeated" = 0 ]'
echo "bench: $passed passed, $failed failed"
[ "$failed" = 0 ]
}

main "$@"
