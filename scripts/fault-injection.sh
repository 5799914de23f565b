#!/usr/bin/env bash
# Fault injection for nightly runs (issue #7): builds a corpus split into nights, runs `newsatlas nightly` night by
# night cleanly, then again with N random `kill -9` of the driver at random times, resuming after each kill; checks
# after every kill that the tables are readable and equal to the previous night's or this night's clean tables (or a
# commit in progress that the next run rolls forward), after every night that they equal the clean run's, and that
# every run reconciles (records read = accepted + quarantined + exact duplicates, from the runs table).
# Usage: scripts/fault-injection.sh [N_KILLS=20] [ARTICLES=1200] [SEED=7]     Work dir: $FI_DIR (default a temp dir).
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
KILLS=${1:-20}; ARTICLES=${2:-1200}; SEED=${3:-7}
W=${FI_DIR:-$(mktemp -d /tmp/newsatlas-fi.XXXXXX)}
NIGHTS=3
RANDOM=$SEED
# Smaller Spark overheads for a small corpus; quiet progress bars.
export NEWSATLAS_JAVA_OPTS="${NEWSATLAS_JAVA_OPTS:--Xmx3g} -Dspark.sql.shuffle.partitions=4 -Dspark.ui.showConsoleProgress=false"
NA="$HERE/newsatlas"
echo "fault injection: $KILLS kills, $ARTICLES articles, seed $SEED, in $W"
python3 "$HERE/lib/make-nightly-corpus.py" "$ROOT/src/test/resources/sample-corpus" "$W" "$ARTICLES" "$SEED" || exit 2
"$NA" --version >/dev/null || exit 2   # builds the jar once, before any timing

night_files() { # copies night $1 into the archive $2 (keeping file times) and applies its removals
  mkdir -p "$2"; cp -p "$W/nights/$1/"* "$2/"
  while read -r f; do [ -n "$f" ] && rm -f "$2/$f"; done < "$W/nights/$1.remove"
}
nightly() { "$NA" nightly --profile sample --input "$1" --out "$2"; }
same() { "$HERE/compare-tables.sh" "$1" "$2" >/dev/null 2>&1; }
export COMPARE_QUERY_ROOT="$W/clean"   # a finished root for `query` (never a killed run's _staging)

# 1. The clean run, with a snapshot of the tables after each night.
rm -rf "$W/archive" "$W/clean"
declare -a DUR
for k in $(seq 1 $NIGHTS); do
  night_files "$k" "$W/archive"
  t0=$(date +%s)
  nightly "$W/archive" "$W/clean" > "$W/clean-$k.log" 2>&1 || { echo "clean night $k failed: see $W/clean-$k.log"; exit 1; }
  DUR[$k]=$(( $(date +%s) - t0 ))
  rm -rf "$W/snap-$k"; cp -r "$W/clean" "$W/snap-$k"
  echo "clean night $k: ${DUR[$k]} s"
done
mkdir -p "$W/snap-0"

# 2. The same nights, killed at random times.
rm -rf "$W/archive" "$W/killed"
killed=0; ok_kills=0; fails=0
per_night=$(( (KILLS + NIGHTS - 1) / NIGHTS ))
for k in $(seq 1 $NIGHTS); do
  night_files "$k" "$W/archive"
  left=$(( KILLS - killed )); budget=$(( left < per_night ? left : per_night )); [ "$k" = "$NIGHTS" ] && budget=$left
  attempt=0
  while :; do
    attempt=$((attempt + 1))
    log="$W/killed-$k-$attempt.log"
    if [ "$budget" -gt 0 ]; then
      # Within the run's expected duration, so that (nearly) every planned kill lands before the run ends.
      delay=$(( 2 + RANDOM % (DUR[$k] * 9 / 10 + 1) ))
      # Started directly (not through the shell function): $! is then the driver JVM itself (scripts/newsatlas
      # execs java), and kill -9 hits the driver, not a wrapper subshell that would leave the JVM running.
      "$NA" nightly --profile sample --input "$W/archive" --out "$W/killed" > "$log" 2>&1 & pid=$!
      slept=0
      while [ $slept -lt $delay ] && kill -0 $pid 2>/dev/null; do sleep 1; slept=$((slept + 1)); done
      if kill -0 $pid 2>/dev/null; then
        stage=$(grep -o '\[newsatlas\] [a-z]* *started' "$log" | tail -1 | awk '{print $2}')
        kill -9 $pid; wait $pid 2>/dev/null
        killed=$((killed + 1)); budget=$((budget - 1))
        man=$(ls "$W/killed/_staging"/*/_MANIFEST 2>/dev/null | head -1)
        if same "$W/killed" "$W/snap-$((k - 1))"; then state="tables = previous night (nothing applied)"; good=1
        elif same "$W/killed" "$W/snap-$k"; then state="tables = this night (committed)"; good=1
        elif [ -n "$man" ]; then state="commit in progress (manifest present: next run rolls forward)"; good=1
        else state="TABLES DIFFER from both nights and no manifest (see $W/kill-$killed.diff)"; good=0
          { "$HERE/compare-tables.sh" "$W/killed" "$W/snap-$((k - 1))"; "$HERE/compare-tables.sh" "$W/killed" "$W/snap-$k"; } \
            > "$W/kill-$killed.diff" 2>&1; cp -r "$W/killed" "$W/killed-at-kill-$killed"; fi
        [ "$good" = 1 ] && ok_kills=$((ok_kills + 1)) || fails=$((fails + 1))
        printf 'kill %2d  night %d  after %3d s  stage %-9s  %s  %s\n' "$killed" "$k" "$delay" "${stage:-start}" \
          "$([ "$good" = 1 ] && echo OK || echo FAIL)" "$state"
        continue
      fi
      wait $pid; rc=$?
    else
      nightly "$W/archive" "$W/killed" > "$log" 2>&1; rc=$?
    fi
    [ $rc -ne 0 ] && { echo "night $k attempt $attempt failed (exit $rc): see $log"; fails=$((fails + 1)); break; }
    if same "$W/killed" "$W/snap-$k"; then echo "night $k done after $attempt attempt(s): tables = clean night $k  OK"
    else echo "night $k done after $attempt attempt(s): TABLES DIFFER from clean night $k  FAIL"; fails=$((fails + 1)); fi
    break
  done
done

# 3. Final comparison, a repeat night that must change nothing, and reconciliation of every run.
echo "final comparison (killed vs clean):"
"$HERE/compare-tables.sh" "$W/killed" "$W/clean" | sed 's/^/  /' || fails=$((fails + 1))
nightly "$W/archive" "$W/killed" > "$W/repeat.log" 2>&1 || fails=$((fails + 1))
if same "$W/killed" "$W/clean"; then echo "repeat night: no row changed  OK"; else echo "repeat night: tables changed  FAIL"; fails=$((fails + 1)); fi
for out in clean killed; do
  rec=$("$NA" query --out "$W/$out" --format csv "SELECT status, count(*) AS runs, count(*) FILTER (WHERE status = 'SUCCEEDED' AND counts['ingest.records_read'] <> counts['ingest.articles'] + counts['ingest.quarantined'] + counts['ingest.exact_duplicates']) AS unreconciled FROM runs GROUP BY status ORDER BY status")
  echo "runs ($out): $(echo "$rec" | tail -n +2 | tr '\n' ' ')"
  bad=$(echo "$rec" | tail -n +2 | awk -F, '{s += $3} END {print s + 0}')
  [ "$bad" != 0 ] && { echo "  $bad runs do not reconcile  FAIL"; fails=$((fails + 1)); }
done
echo "summary: $killed kills, $ok_kills with consistent tables, $fails failures; work dir $W"
[ "$fails" = 0 ]
