#!/usr/bin/env bash
# End-to-end benchmark: for each N (default 10000 100000) builds or reuses a synthetic archive of N articles
# (scripts/make-corpus.sh, cached in target/bench/corpus-N-FORMAT/), runs `newsatlas run` on it, and reports per stage
# the wall time, articles/s, MB of text/s, peak heap and shuffle volume (org.newsatlas.spark.StageMetricsListener).
#   scripts/bench.sh [N ...]
# Environment: BENCH_REPEAT (1; k runs each N in a row, then prints their median and spread), BENCH_FORMAT=jsonl|warc
# (jsonl), BENCH_XMX (8g), BENCH_JFR=1 (JFR recording of a local run, in target/bench/), BENCH_SET="key=value ..."
# (extra --set settings), BENCH_SPARK="spark.x=y ..." (extra Spark settings),
# BENCH_GC (-XX:+UseParallelGC, as scripts/newsatlas), BENCH_JAVA="-XX:..." (extra JVM options), NEWSATLAS_JIT
# (the launcher's JIT thresholds, scripts/lib/jvm-flags.sh; "" for the JVM's defaults), NEWSATLAS_HUGE_PAGES (the
# heap in transparent huge pages where the kernel offers them; "" for 4 KB pages), BENCH_MASTER (where the run
# runs: unset for the launcher's local[*]; local[K] for K task threads, to measure scaling with cores; standalone for
# spark-submit to a real standalone Master and Worker on this machine, scripts/spark-cluster.sh, executors in their
# own JVMs of BENCH_XMX each, BENCH_EXECUTOR_CORES cores each (all the Worker's by default), the Worker given
# nproc cores). A run elsewhere than local[*] is written with tool "newsatlas@MASTER" and its task slots as "cores";
# the plot shows only the default runs.
# A/B: BENCH_B_JAVA, BENCH_B_SPARK, BENCH_B_SET (options added to arm B only, as BENCH_JAVA, BENCH_SPARK, BENCH_SET)
# make each of the BENCH_REPEAT repetitions a pair, A then B and B then A in turn (this VM's speed drifts within
# minutes: runs far apart cannot be compared), and end with each arm's median and how many pairs B won. B's rows are
# written with tool "newsatlas+B" (A's as usual), so the plot keeps A's.
# Appends one row per (run, stage) to target/bench/results.csv and redraws target/bench/time-per-article.png.
set -euo pipefail
NEWSATLAS_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$NEWSATLAS_HOME"
. scripts/lib/build.sh
. scripts/lib/jvm-flags.sh
newsatlas_build_if_needed "$NEWSATLAS_HOME"

BENCH=target/bench
FORMAT=${BENCH_FORMAT:-jsonl}
XMX=${BENCH_XMX:-8g}
mkdir -p "$BENCH"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000)
# Repeats: on a shared VM the same run drifts by 10-20% within an hour (scripts/BENCHMARKS.md), so a claim about
# speed rests on several runs, and their median and spread are printed at the end.
REPEAT=${BENCH_REPEAT:-1}
[[ "$REPEAT" =~ ^[1-9][0-9]*$ ]] || { echo "[bench] BENCH_REPEAT: a number of runs, not $REPEAT" >&2; exit 2; }
AB=0
[ -n "${BENCH_B_JAVA:-}${BENCH_B_SPARK:-}${BENCH_B_SET:-}" ] && AB=1
RUNS=() # N:arm
for N in "${SIZES[@]}"; do
  for ((r = 0; r < REPEAT; r++)); do
    if [ "$AB" = 0 ]; then RUNS+=("$N:A"); elif ((r % 2 == 0)); then RUNS+=("$N:A" "$N:B"); else RUNS+=("$N:B" "$N:A"); fi
  done
done
declare -A TOTALS=()
RESULTS=$BENCH/results.csv
[ -f "$RESULTS" ] || echo "started_utc,run_id,commit,tool,n,format,stage,wall_s,articles_per_s,text_mb_per_s,ms_per_article,peak_heap_used_mb,peak_heap_after_gc_mb,shuffle_write_mb,shuffle_read_mb,executor_cpu_s,gc_s,spill_disk_mb,tasks,load_start,load_end,cores,xmx" > "$RESULTS"

# The gazetteer: `newsatlas gazetteer build` when the CLI has it, else the builder called from a one-file program.
GAZ=.cache/gazetteer/gazetteer.bin
if [ ! -s "$GAZ" ]; then
  scripts/fetch-geonames.sh
  if scripts/newsatlas gazetteer build --help >/dev/null 2>&1; then
    scripts/newsatlas gazetteer build
  else
    mkdir -p .cache/gazetteer "$BENCH/gaz"
    cat > "$BENCH/gaz/BuildGazetteer.java" <<'EOF'
public class BuildGazetteer {
  public static void main(String[] a) throws Exception {
    org.newsatlas.extract.place.GazetteerBuilder.build(java.nio.file.Path.of(a[0]), a[1], java.nio.file.Path.of(a[2]));
  }
}
EOF
    java -Xmx4g -cp "target/newsatlas.jar:target/lib/*" "$BENCH/gaz/BuildGazetteer.java" .cache/geonames conf "$GAZ"
  fi
fi

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
cores=$(nproc)
MASTER=${BENCH_MASTER:-}
tool=newsatlas
case "$MASTER" in
  "") ;;
  "local[*]") MASTER="" ;;
  local\[[1-9]*\]) tool="newsatlas@$MASTER"; cores=${MASTER#local[}; cores=${cores%]} ;;
  standalone)
    tool="newsatlas@standalone"
    [ -f target/newsatlas-cluster.jar ] && [ ! target/newsatlas.jar -nt target/newsatlas-cluster.jar ] ||
      (mvn -q -B -o -DskipTests package || mvn -q -B -DskipTests package) >&2
    # One Worker with every core and room for the executors, stopped at exit. A cluster already running may be too
    # small for executors of BENCH_XMX, and a standalone application then waits for resources for ever: refuse it.
    if scripts/spark-cluster.sh status >/dev/null; then
      echo "[bench] a standalone cluster is already running (scripts/spark-cluster.sh status): stop it, and the bench" \
        "starts one sized for executors of $XMX" >&2
      exit 2
    fi
    xmx_mb=$(echo "$XMX" | awk '/[gG]$/{print $0 * 1024; next} /[mM]$/{print $0 + 0; next} {print int($0 / 1048576)}')
    executors=$(( cores / ${BENCH_EXECUTOR_CORES:-$cores} ))
    SPARK_WORKER_CORES=$cores SPARK_WORKER_MEMORY="$(( (xmx_mb + 512) * executors ))m" scripts/spark-cluster.sh start >&2
    trap 'scripts/spark-cluster.sh stop >&2' EXIT ;;
  *) echo "[bench] BENCH_MASTER: local[K] or standalone, not $MASTER" >&2; exit 2 ;;
esac
load() { cut -d' ' -f1 /proc/loadavg; }

for RUN in "${RUNS[@]}"; do
  N=${RUN%:*} ARM=${RUN#*:}
  corpus=$BENCH/corpus-$N-$FORMAT
  if ! grep -q "^articles=$N$" "$corpus/_CORPUS.properties" 2>/dev/null; then
    rm -rf "$corpus"
    scripts/make-corpus.sh "$N" "$corpus" --format "$FORMAT"
  fi
  text_bytes=$(sed -n 's/^count.text_utf8_bytes=//p' "$corpus/_CORPUS.properties")
  ts=$(date -u +%Y%m%dT%H%M%SZ)
  out=$BENCH/out-$N
  log=$BENCH/run-$N-$ts.log
  metrics=$BENCH/metrics-$N-$ts.csv
  rm -rf "$out"
  opts="-Xmx$XMX ${BENCH_GC:--XX:+UseParallelGC} $NEWSATLAS_HUGE_PAGES $NEWSATLAS_JIT -Dspark.extraListeners=org.newsatlas.spark.StageMetricsListener -Dspark.newsatlas.metrics.out=$metrics"
  xjava=${BENCH_JAVA:-} xspark=${BENCH_SPARK:-} xset=${BENCH_SET:-} arm_tool=$tool
  if [ "$ARM" = B ]; then
    xjava="$xjava ${BENCH_B_JAVA:-}" xspark="$xspark ${BENCH_B_SPARK:-}" xset="$xset ${BENCH_B_SET:-}" arm_tool="$tool+B"
  fi
  for kv in $xspark; do opts="$opts -D$kv"; done
  opts="$opts $xjava"
  [ "${BENCH_JFR:-0}" = 1 ] && opts="$opts -XX:StartFlightRecording=filename=$BENCH/run-$N-$ts.jfr,settings=profile"
  sets=()
  for kv in $xset; do sets+=(--set "$kv"); done
  profile=()
  [ "$FORMAT" = jsonl ] && profile=(--profile newsplease)
  load_start=$(load)
  jit="C1 and C2"
  [ "$MASTER" != standalone ] && newsatlas_c1_alone "$opts" run --input "$corpus" &&
    jit="C1 only, a small input (scripts/lib/jvm-flags.sh)"
  arm_label=""
  [ "$AB" = 0 ] || arm_label="arm=$ARM "
  echo "[bench] N=$N format=$FORMAT ${MASTER:+master=$MASTER }${arm_label}jit=$jit load=$load_start $(date -u +%H:%M:%S) -> $log" >&2
  t0=$(date +%s%N)
  if [ "$MASTER" = standalone ]; then
    # The driver is spark-submit's JVM (client mode); the executors run the tasks. Both get the GC and JIT options.
    # Spark refuses -Xmx and -Dspark.* there: the heap is spark.executor.memory, the settings are --conf.
    xopts="${BENCH_GC:--XX:+UseParallelGC} $NEWSATLAS_HUGE_PAGES $NEWSATLAS_JIT $xjava"
    cmd=(env SPARK_SUBMIT_OPTS="$xopts" SPARK_CLUSTER_VERBOSE=1 scripts/spark-cluster.sh submit
      --conf "spark.executor.memory=$XMX" --conf "spark.executor.extraJavaOptions=$JAVA17_OPENS $xopts")
    [ -n "${BENCH_EXECUTOR_CORES:-}" ] && cmd+=(--conf "spark.executor.cores=$BENCH_EXECUTOR_CORES")
    # Executors report their heap with their heartbeats: every 2 s, not 10, so that a short stage gets one too.
    cmd+=(--conf spark.extraListeners=org.newsatlas.spark.StageMetricsListener --conf "spark.newsatlas.metrics.out=$metrics"
      --conf spark.executor.heartbeatInterval=2s)
    for kv in $xspark; do cmd+=(--conf "$kv"); done
    cmd+=(--class org.newsatlas.cli.Main target/newsatlas-cluster.jar run)
  else
    cmd=(env NEWSATLAS_JAVA_OPTS="$opts" scripts/newsatlas run)
    [ -n "$MASTER" ] && cmd+=(--master "$MASTER")
  fi
  "${cmd[@]}" --input "$corpus" --out "$out" "${profile[@]}" "${sets[@]}" \
    2>&1 | tr '\r' '\n' | grep -v '^\[Stage' > "$log" || { echo "[bench] run failed, see $log" >&2; tail -20 "$log" >&2; exit 1; }
  t1=$(date +%s%N)
  load_end=$(load)
  grep -q '^\[newsatlas\] first pipeline run of this build' "$log" &&
    echo "[bench] N=$N recorded the class-data archive (scripts/lib/cds.sh): its process time includes writing it" >&2
  run_id=$(sed -n 's/^newsatlas run \([^ ]*\) finished.*/\1/p' "$log")
  articles=$(sed -n 's/^ *articles *\([0-9,]*\) accepted.*/\1/p' "$log" | tr -d ,)
  # Stage wall times as the application prints them; "total" is the run as the application times it (the stages,
  # the session's first steps and the summary), "process" the launcher's whole life: JVM and Spark start included.
  { grep -o '^\[newsatlas\] [a-z]* *done in [0-9.]* s' "$log" | awk '{print $2, $5}'
    sed -n 's/^newsatlas run [^ ]* finished in \([0-9.]*\) s.*/total \1/p' "$log"
    echo "process $(( (t1 - t0) / 1000000 ))" | awk '{printf "%s %.1f\n", $1, $2 / 1000}'; } |
  while read -r stage secs; do
    # Per-stage resource figures from the listener; "total" sums them (peaks take the maximum).
    # The heap is the executors' on a cluster (the listener samples the driver's own JVM, which under local[*] is theirs).
    heap=peak_heap_used
    [ "$MASTER" = standalone ] && heap=executor_peak_heap
    m=$(awk -F, -v s="$stage" -v heap="$heap" 'NR==1{for(i=1;i<=NF;i++)c[$i]=i; next}
      s=="total" || s=="process" || $1==s {cpu+=$c["executor_cpu_ms"]; gc+=$c["gc_ms"]; sw+=$c["shuffle_write_bytes"];
        sr+=$c["shuffle_read_bytes"]; sp+=$c["spill_disk_bytes"]; t+=$c["tasks"];
        if($c[heap]>hu)hu=$c[heap]; if($c["peak_heap_after_gc"]>hg)hg=$c["peak_heap_after_gc"]}
      END{printf "%.0f,%.0f,%.1f,%.1f,%.1f,%.1f,%.1f,%d", hu/1048576, hg/1048576, sw/1e6, sr/1e6, cpu/1000, gc/1000, sp/1e6, t}' "$metrics")
    awk -v st="$ts" -v id="$run_id" -v c="$commit" -v tool="$arm_tool" -v n="$N" -v f="$FORMAT" -v s="$stage" -v w="$secs" \
        -v a="$N" -v b="$text_bytes" -v m="$m" -v l0="$load_start" -v l1="$load_end" -v cores="$cores" -v x="$XMX" \
      'BEGIN{printf "%s,%s,%s,%s,%d,%s,%s,%.1f,%.0f,%.2f,%.3f,%s,%s,%s,%s,%s\n", st, id, c, tool, n, f, s, w, a/w, b/1e6/w, 1000*w/a, m, l0, l1, cores, x}' >> "$RESULTS"
  done
  echo "[bench] N=$N: $articles articles accepted of $N records; load $load_start -> $load_end" >&2
  TOTALS[$N:$ARM]+="$(awk -F, -v id="$run_id" '$2 == id && $7 == "total" {print $8}' "$RESULTS")"$'\n'
  { head -1 "$RESULTS"; grep ",$run_id," "$RESULTS"; } | cut -d, -f5-18 | column -t -s, >&2 || true
done
# Count, median (of an even count, the mean of the middle two, as BenchPlot), least and greatest of the numbers on
# standard input, one a line; nothing for none.
spread() {
  sort -n | awk 'NF {t[++k] = $1} END {if (k) print k, (k % 2 ? t[(k + 1) / 2] : (t[k / 2] + t[k / 2 + 1]) / 2), t[1], t[k]}'
}
if [ "$REPEAT" -gt 1 ] || [ "$AB" = 1 ]; then
  arms=A
  [ "$AB" = 1 ] && arms="A B"
  for N in $(printf '%s\n' "${SIZES[@]}" | awk '!seen[$0]++'); do
    for arm in $arms; do
      # The "total" of this invocation's runs of N.
      read -r k m lo hi <<< "$(printf '%s' "${TOTALS[$N:$arm]:-}" | spread)"
      label=""
      [ "$AB" = 0 ] || label=" arm $arm"
      [ -z "$k" ] || awk -v n="$N" -v arm="$label" -v k="$k" -v m="$m" -v lo="$lo" -v hi="$hi" 'BEGIN {
        printf "[bench] N=%d%s, %d runs: total median %.1f s (%.0f articles/s), fastest %.1f s, slowest %.1f s\n",
          n, arm, k, m, n / m, lo, hi}' >&2
    done
    # Pairs in the order run: the i-th run of A against the i-th of B.
    if [ "$AB" = 1 ]; then
      pairs=$(paste <(printf '%s' "${TOTALS[$N:A]:-}") <(printf '%s' "${TOTALS[$N:B]:-}") | awk 'NF == 2')
      won=$(awk '$2 < $1' <<< "$pairs" | grep -c . || true)
      read -r k m lo hi <<< "$(awk '{print $2 / $1}' <<< "$pairs" | spread)"
      [ -z "$k" ] || awk -v n="$N" -v won="$won" -v k="$k" -v m="$m" 'BEGIN {
        printf "[bench] N=%d: B faster in %d of %d pairs; median B/A %.3f\n", n, won, k, m}' >&2
    fi
  done
fi
java -Djava.awt.headless=true -cp "target/newsatlas.jar:target/lib/*" org.newsatlas.bench.BenchPlot "$RESULTS" "$BENCH/time-per-article.png"
