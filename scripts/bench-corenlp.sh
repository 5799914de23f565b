#!/usr/bin/env bash
# The CoreNLP baseline (Stanford CoreNLP 4.5.10, tokenize+ssplit+ner, English 4-class and French WikiNER models):
#   scripts/bench-corenlp.sh [N]      (default 5000)
# 1. builds a synthetic archive of N articles in English and French only (the languages CoreNLP has NER models for;
#    --mix en=0.6,fr=0.4), ingests it once with newsatlas, then times on the same `articles` table newsatlas's
#    extract stage and the CoreNLP job (same shape: mapPartitions, one pipeline per executor JVM) and prints the ratio;
# 2. scores place recognition of both on the geoparsing gold (P/R/F1, one scoring rule for both).
# Needs the Maven profile corenlp (downloads about 750 MB of models once). Rows go to target/bench/results.csv
# (tool = newsatlas-extract / corenlp) and target/bench/gold-places.csv.
set -euo pipefail
NEWSATLAS_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$NEWSATLAS_HOME"
. scripts/lib/build.sh
. scripts/lib/jvm-flags.sh
newsatlas_build_if_needed "$NEWSATLAS_HOME"
N=${1:-5000}
XMX=${BENCH_XMX:-8g}
BENCH=target/bench
mkdir -p "$BENCH"
mvn -q -B -Pcorenlp -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/corenlp-cp.txt -Dmdep.includeScope=test >&2
# A copy of the baseline's classes: a later default build recompiles target/test-classes without them.
rm -rf target/corenlp-classes && mkdir -p target/corenlp-classes/org/newsatlas/bench
cp -r target/test-classes/org/newsatlas/bench/corenlp target/corenlp-classes/org/newsatlas/bench/
cp target/test-classes/org/newsatlas/bench/ExtractThroughput*.class target/corenlp-classes/org/newsatlas/bench/  # its reader
# target/lib first: CoreNLP drags in an older commons-lang3 that Spark cannot run with.
CP="target/corenlp-classes:target/newsatlas.jar:target/lib/*:$(cat target/corenlp-cp.txt)"
[ -s .cache/gazetteer/gazetteer.bin ] || scripts/bench.sh 1000  # builds the gazetteer on the way

corpus=$BENCH/corpus-$N-enfr-jsonl
if ! grep -q "^articles=$N$" "$corpus/_CORPUS.properties" 2>/dev/null; then
  rm -rf "$corpus"
  scripts/make-corpus.sh "$N" "$corpus" --mix en=0.6,fr=0.4
fi
text_bytes=$(sed -n 's/^count.text_utf8_bytes=//p' "$corpus/_CORPUS.properties")
out=$BENCH/corenlp-out-$N
ts=$(date -u +%Y%m%dT%H%M%SZ)
log=$BENCH/corenlp-$N-$ts.log
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
rm -rf "$out"
echo "[bench-corenlp] N=$N ingest (load $(cut -d' ' -f1 /proc/loadavg)) -> $log" >&2
NEWSATLAS_JAVA_OPTS="-Xmx$XMX" scripts/newsatlas ingest --input "$corpus" --out "$out" --profile newsplease 2>&1 |
  tr '\r' '\n' | grep -v '^\[Stage' >> "$log"
l0=$(cut -d' ' -f1 /proc/loadavg)
NEWSATLAS_JAVA_OPTS="-Xmx$XMX" scripts/newsatlas extract --out "$out" 2>&1 | tr '\r' '\n' | grep -v '^\[Stage' >> "$log"
l1=$(cut -d' ' -f1 /proc/loadavg)
java -Xmx$XMX $JAVA17_OPENS -Dlog4j2.configurationFile=scripts/lib/log4j2.properties -cp "$CP" \
  org.newsatlas.bench.corenlp.CoreNlpExtractJob --out "$out" 2>&1 | tr '\r' '\n' | grep -v '^\[Stage' >> "$log"
l2=$(cut -d' ' -f1 /proc/loadavg)
ours=$(sed -n 's/^\[newsatlas\] extract *done in \([0-9.]*\) s.*/\1/p' "$log" | tail -1)
theirs=$(sed -n 's/^\[corenlp\] extract done in \([0-9.]*\) s.*/\1/p' "$log" | tail -1)
grep '^\[corenlp\]' "$log" >&2
[ -f "$BENCH/results.csv" ] || echo "started_utc,run_id,commit,tool,n,format,stage,wall_s,articles_per_s,text_mb_per_s,ms_per_article,peak_heap_used_mb,peak_heap_after_gc_mb,shuffle_write_mb,shuffle_read_mb,executor_cpu_s,gc_s,spill_disk_mb,tasks,load_start,load_end,cores,xmx" > "$BENCH/results.csv"
for row in "newsatlas-extract $ours $l0 $l1" "corenlp $theirs $l1 $l2"; do
  set -- $row
  awk -v st="$ts" -v c="$commit" -v tool="$1" -v n="$N" -v w="$2" -v b="$text_bytes" -v l0="$3" -v l1="$4" -v cores="$(nproc)" -v x="$XMX" \
    'BEGIN{printf "%s,,%s,%s,%d,jsonl-enfr,extract,%.1f,%.1f,%.3f,%.3f,,,,,,,,,%s,%s,%s,%s\n", st, c, tool, n, w, n/w, b/1e6/w, 1000*w/n, l0, l1, cores, x}' >> "$BENCH/results.csv"
done
awk -v a="$ours" -v b="$theirs" -v n="$N" 'BEGIN{printf "[bench-corenlp] N=%d en+fr articles: newsatlas extract %.1f s (%.0f articles/s), CoreNLP %.1f s (%.1f articles/s): newsatlas is %.1fx faster\n", n, a, n/a, b, n/b, b/a}' >&2

echo "[bench-corenlp] place recognition on the development gold (same scoring for both):" >&2
gold=(/work/shared/corpora/gold/geoparsing/*.xml)
[ -e "${gold[0]}" ] || gold=(../shared/corpora/gold/geoparsing/*.xml)
{ echo "corpus,tool,gold,predicted,matched,precision,recall,f1,seconds_warm,chars_per_s"
  java -Xmx6g -cp "$CP" org.newsatlas.bench.corenlp.GoldPlaceEval .cache/gazetteer/gazetteer.bin conf "${gold[@]}" 2>/dev/null
} | tee "$BENCH/gold-places.csv" | column -t -s, >&2
