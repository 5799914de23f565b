#!/usr/bin/env bash
# Fault injection for nightly runs (issue #7): builds a corpus split into nights, runs `newsatlas nightly` night by
# night cleanly, then again with N `kill -9` of the driver, resuming after each kill. Each kill targets a step of the
# run (ledger, ingest, extract, aggregate, compare, commit, and the roll-forward of a killed commit by the next run's
# recover): the script waits for the step's start line in the run's log, then kills at a random point within the
# step's duration in the clean run. After every kill it checks that the tables are readable and equal to the previous
# night's or this night's clean tables (or that a commit is in progress, which the next run rolls forward), that the
# next run takes over the killed run's lock, after every night that the tables equal the clean run's, and at the end
# that every table equals the clean run's, that a repeat night changes nothing, and that every run reconciles
# (records read = accepted + quarantined + exact duplicates, from the runs table).
# Usage: scripts/fault-injection.sh [N_KILLS=20] [ARTICLES=1200] [SEED=7]     Work dir: $FI_DIR (default a temp dir).
# FI_COMMIT_PAUSE_MS (default 100): pause after each commit step (setting nightly.commit.pause.ms), so that kills
# land between the renames of a commit, not only before or after it.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
KILLS=${1:-20}; ARTICLES=${2:-1200}; SEED=${3:-7}
W=${FI_DIR:-$(mktemp -d /tmp/newsatlas-fi.XXXXXX)}
PAUSE_MS=${FI_COMMIT_PAUSE_MS:-100}
NIGHTS=3
RANDOM=$SEED
# Every table a nightly run writes (runs aside: its rows are the runs themselves).
TABLES="articles quarantine mentions events place_week_outlet place_week event_week_place actor_week_outlet
  outlet_place_contrast outlet_divergence event_clusters ingest_candidates ingest_ledger"
# Smaller Spark overheads for a small corpus; quiet progress bars.
export NEWSATLAS_JAVA_OPTS="${NEWSATLAS_JAVA_OPTS:--Xmx3g} -Dspark.sql.shuffle.partitions=4 -Dspark.ui.showConsoleProgress=false"
NA="$HERE/newsatlas"
T0=$(date +%s)
echo "fault injection: $KILLS kills, $ARTICLES articles, seed $SEED, commit pause $PAUSE_MS ms, in $W"
echo "commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (with local changes)')"
python3 "$HERE/lib/make-nightly-corpus.py" "$ROOT/src/test/resources/sample-corpus" "$W" "$ARTICLES" "$SEED" || exit 2
"$NA" --version >/dev/null || exit 2   # builds the jar once, before any timing

night_files() { # copies night $1 into the archive $2 (keeping file times) and applies its removals
  mkdir -p "$2"; cp -p "$W/nights/$1/"* "$2/"
  while read -r f; do [ -n "$f" ] && rm -f "$2/$f"; done < "$W/nights/$1.remove"
}
# scripts/newsatlas execs java: started in the background, $! is the driver JVM itself, which kill -9 hits.
NIGHTLY=(nightly --profile sample --input "$W/archive" --set "nightly.commit.pause.ms=$PAUSE_MS")
same() { "$HERE/compare-tables.sh" "$1" "$2" $TABLES >/dev/null 2>&1; }
export COMPARE_QUERY_ROOT="$W/clean"   # a finished root for `query` (never a killed run's _staging)
STEPS="ledger ingest extract aggregate compare commit"
last_step() { grep -oE '\[newsatlas\] (recover|ledger|ingest|extract|aggregate|compare|commit) +started' "$1" | tail -1 | awk '{print $2}'; }
took_over() { # $1 attempt, $2 its log: every attempt after a kill must take over the killed run's lock
  [ "$1" -lt 2 ] && return
  if grep -q 'took over the lock of run' "$2"; then takeovers=$((takeovers + 1))
  else echo "  attempt $1 after a kill did not report taking over the killed run's lock (see $2)  FAIL"; fails=$((fails + 1)); fi
}
shuffle() { local a=("$@") i j t; for ((i = ${#a[@]} - 1; i > 0; i--)); do j=$((RANDOM % (i + 1))); t=${a[i]}; a[i]=${a[j]}; a[j]=$t; done; echo "${a[@]}"; }

# 1. The clean run, with a snapshot of the tables and each step's duration (ms) after each night.
rm -rf "$W/archive" "$W/clean"
declare -A DUR
for k in $(seq 1 $NIGHTS); do
  night_files "$k" "$W/archive"
  t0=$(date +%s)
  "$NA" "${NIGHTLY[@]}" --out "$W/clean" > "$W/clean-$k.log" 2>&1 || { echo "clean night $k failed: see $W/clean-$k.log"; exit 1; }
  rm -rf "$W/snap-$k"; cp -r "$W/clean" "$W/snap-$k"
  while read -r s ms; do DUR[$k.$s]=$ms; done < <(grep -oE '\[newsatlas\] [a-z]+ +done in [0-9.]+ s' "$W/clean-$k.log" \
    | awk '{printf "%s %d\n", $2, $5 * 1000}')
  printf 'clean night %d: %3d s;' "$k" $(( $(date +%s) - t0 ))
  for s in $STEPS; do printf ' %s %.1f s' "$s" "$(awk "BEGIN{print ${DUR[$k.$s]:-0} / 1000}")"; done; echo
done
mkdir -p "$W/snap-0"

# 2. The kill plan: per night, each of ingest/extract/aggregate/compare once in random order (then ledger), then the
# commit, then the roll-forward of that commit by the next run (after a kill past the commit point the night's work
# is done, so these two come last). A kill that does not land (the run ended first) moves to the next night.
per_night=$(( (KILLS + NIGHTS - 1) / NIGHTS ))
plan_for() { # $1: budget
  local b=$1 n out=() cyc
  n=$(( b > 2 ? b - 2 : 0 ))
  while [ ${#out[@]} -lt "$n" ]; do
    cyc=($(shuffle ingest extract aggregate compare) ledger)
    for s in "${cyc[@]}"; do [ ${#out[@]} -lt "$n" ] && out+=("$s"); done
  done
  [ "$b" -ge 1 ] && out+=(commit)
  [ "$b" -ge 2 ] && out+=(recover)
  echo "${out[@]}"
}

rm -rf "$W/archive" "$W/killed"
killed=0; ok_kills=0; fails=0; takeovers=0; carry=()
declare -A LANDED
for k in $(seq 1 $NIGHTS); do
  night_files "$k" "$W/archive"
  left=$(( KILLS - killed - ${#carry[@]} )); budget=$(( left < per_night ? left : per_night )); [ "$k" = "$NIGHTS" ] && budget=$left
  targets=(${carry[@]+"${carry[@]}"} $(plan_for "$budget")); carry=()
  echo "night $k: planned kills in: ${targets[*]:-none}"
  ti=0; attempt=0
  while :; do
    attempt=$((attempt + 1))
    log="$W/killed-$k-$attempt.log"
    "$NA" "${NIGHTLY[@]}" --out "$W/killed" > "$log" 2>&1 & pid=$!
    if [ "$ti" -lt "${#targets[@]}" ]; then
      target=${targets[$ti]}
      # The roll-forward of a killed commit takes at most what is left of that commit's renames.
      if [ "$target" = recover ]; then d=$(( ${DUR[$k.commit]:-1000} / 2 )); else d=${DUR[$k.$target]:-1000}; fi
      delay_ms=$(( (RANDOM * 32768 + RANDOM) % (d > 0 ? d : 1) ))
      while kill -0 $pid 2>/dev/null && ! grep -qE "\[newsatlas\] $target +started" "$log" 2>/dev/null; do sleep 0.1; done
      kill -0 $pid 2>/dev/null && sleep "$(awk "BEGIN{print $delay_ms / 1000}")"
      if kill -0 $pid 2>/dev/null; then
        stage=$(last_step "$log")
        man=$(ls "$W/killed/_staging"/*/_MANIFEST 2>/dev/null | head -1)
        kill -9 $pid; wait $pid 2>/dev/null
        killed=$((killed + 1)); ti=$((ti + 1)); stage=${stage:-start}
        took_over "$attempt" "$log"
        LANDED[$stage]=$(( ${LANDED[$stage]:-0} + 1 ))
        [ -z "$man" ] && man=$(ls "$W/killed/_staging"/*/_MANIFEST 2>/dev/null | head -1)
        if same "$W/killed" "$W/snap-$((k - 1))"; then state="tables = previous night (nothing applied)"; good=1
        elif same "$W/killed" "$W/snap-$k"; then state="tables = this night (committed)"; good=1
        elif [ -n "$man" ]; then state="commit in progress (manifest present: next run rolls forward)"; good=1
        else state="TABLES DIFFER from both nights and no manifest (see $W/kill-$killed.diff)"; good=0
          { "$HERE/compare-tables.sh" "$W/killed" "$W/snap-$((k - 1))" $TABLES; "$HERE/compare-tables.sh" "$W/killed" "$W/snap-$k" $TABLES; } \
            > "$W/kill-$killed.diff" 2>&1; cp -r "$W/killed" "$W/killed-at-kill-$killed"; fi
        [ "$good" = 1 ] && ok_kills=$((ok_kills + 1)) || fails=$((fails + 1))
        printf 'kill %2d  night %d  target %-9s  killed in %-9s  %5.1f s into it  %s  %s\n' "$killed" "$k" "$target" "$stage" \
          "$(awk "BEGIN{print $delay_ms / 1000}")" "$([ "$good" = 1 ] && echo OK || echo FAIL)" "$state"
        continue
      fi
      echo "  planned kill in $target did not land (the run ended first): moved to the next night"
      carry+=("${targets[@]:$ti}"); ti=${#targets[@]}
    fi
    wait $pid; rc=$?
    took_over "$attempt" "$log"
    [ $rc -ne 0 ] && { echo "night $k attempt $attempt failed (exit $rc): see $log"; fails=$((fails + 1)); break; }
    if same "$W/killed" "$W/snap-$k"; then echo "night $k done after $attempt attempt(s): tables = clean night $k  OK"
    else echo "night $k done after $attempt attempt(s): TABLES DIFFER from clean night $k  FAIL"; fails=$((fails + 1)); fi
    break
  done
done
[ ${#carry[@]} -gt 0 ] && echo "kills that did not land: ${carry[*]}"

# 3. Final comparison of every table, a repeat night that must change nothing, and reconciliation of every run.
echo "final comparison (killed vs clean), tables: $(echo $TABLES)"
"$HERE/compare-tables.sh" "$W/killed" "$W/clean" $TABLES | sed 's/^/  /' || fails=$((fails + 1))
"$NA" "${NIGHTLY[@]}" --out "$W/killed" > "$W/repeat.log" 2>&1 || fails=$((fails + 1))
if same "$W/killed" "$W/clean"; then echo "repeat night: no row changed  OK"; else echo "repeat night: tables changed  FAIL"; fails=$((fails + 1)); fi
for out in clean killed; do
  # Every runs row that carries ingest counts (COMMITTING, SUCCEEDED, RECOVERED; FAILED when a run failed late) must
  # reconcile; every run must end in SUCCEEDED, RECOVERED or FAILED.
  rec=$("$NA" query --out "$W/$out" --format csv "WITH last AS (SELECT run_id, max_by(status, ended_at) AS s FROM runs GROUP BY run_id)
    SELECT status, count(*) AS rows_, count(*) FILTER (WHERE counts['ingest.records_read'] IS NOT NULL) AS with_counts,
      count(*) FILTER (WHERE counts['ingest.records_read'] <> counts['ingest.articles'] + counts['ingest.quarantined'] + counts['ingest.exact_duplicates']) AS unreconciled,
      (SELECT count(*) FROM last WHERE s NOT IN ('SUCCEEDED', 'RECOVERED', 'FAILED')) AS unfinished
    FROM runs GROUP BY status ORDER BY status")
  echo "runs ($out) status,rows,with_counts,unreconciled,unfinished_runs: $(echo "$rec" | tail -n +2 | tr '\n' ' ')"
  bad=$(echo "$rec" | tail -n +2 | awk -F, '{s += $4; u = $5} END {print s + u + 0}')
  [ "$bad" != 0 ] && { echo "  $bad runs do not reconcile or did not finish  FAIL"; fails=$((fails + 1)); }
done
echo "kills per step:$(for s in recover $STEPS; do printf ' %s %d' "$s" "${LANDED[$s]:-0}"; done)"
echo "summary: $killed kills, $ok_kills with consistent tables, $takeovers lock take-overs after a kill, $fails failures;" \
  "wall time $(( ($(date +%s) - T0) / 60 )) min; work dir $W"
[ "$fails" = 0 ]
