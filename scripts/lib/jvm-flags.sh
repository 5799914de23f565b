# Sourced by the scripts: the JVM flags Spark 3.5 needs on Java 17 (the same list as pom.xml's spark.java17.opens, which
# surefire and failsafe use: Java17OpensTest keeps the two equal).
JAVA17_OPENS="-XX:+IgnoreUnrecognizedVMOptions"
for m in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  JAVA17_OPENS="$JAVA17_OPENS --add-opens=java.base/$m=ALL-UNNAMED"
done
JAVA17_OPENS="$JAVA17_OPENS --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
export JAVA17_OPENS

# The JIT: a run spends a third of its CPU compiling (C2 68 s and C1 9 s of a 116 s run at 100k articles on 2 cores,
# -XX:+CITime). Two measures, each measured on the 100k-article bench (scripts/BENCHMARKS.md, "JIT"):
# - C2 (tier 4) compiles a method after 10x the default invocations and loop back-edges, so code that runs briefly
#   stays with C1: 120-123 s against 125-130 s with the defaults.
# - jit-directives.json (next to this file) refuses C2 to Spark's SQL parser, analyser, optimiser, code generator
#   (Janino) and generated row code, which then stay with C1: C2 time 68 -> 43 s; 100k 116 -> 100-105 s with 4
#   shuffle partitions per core (Sessions), 1 M about 2% slower (generated code runs longer there). The
#   JVM prints "1 compiler directives added" at every start, on the console of every command: -DisplayVMOutput
#   silences the VM's own diagnostics (errors and warnings still print). For -XX:+CITime and the like, add
#   -XX:+DisplayVMOutput after these flags; for a thread dump, `jcmd <pid> Thread.print`. A missing directives file
#   stops the JVM, hence the -f test.
# - jit-commands (next to this file) gives the methods refused to C2 the JVM's default thresholds again: they run as
#   profiling C1 code until C2 refuses them, and only then as plain C1 code, so the tenfold thresholds kept Spark's
#   generated row code profiled ten times as long. 100k: median 113.2 s against 120.0 s, alternating.
# Set NEWSATLAS_JIT="" for the JVM's defaults. On a cluster the same flags go in spark.driver/executor
# .extraJavaOptions, the two files only where they exist at that path on every node.
NEWSATLAS_JIT_DIRECTIVES="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/jit-directives.json"
NEWSATLAS_JIT_COMMANDS="${NEWSATLAS_JIT_DIRECTIVES%/*}/jit-commands"
if [ -z "${NEWSATLAS_JIT+set}" ]; then
  NEWSATLAS_JIT_DEFAULT=1
  NEWSATLAS_JIT="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
  case "$NEWSATLAS_JIT_DIRECTIVES" in
    *[[:space:]]*) ;; # the flags are split on spaces: a path with one cannot be passed, run without the directives
    *) [ -f "$NEWSATLAS_JIT_DIRECTIVES" ] && NEWSATLAS_JIT="$NEWSATLAS_JIT -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput -XX:CompilerDirectivesFile=$NEWSATLAS_JIT_DIRECTIVES -XX:CompileCommandFile=$NEWSATLAS_JIT_COMMANDS" ;;
  esac
fi
NEWSATLAS_JIT_DEFAULT=${NEWSATLAS_JIT_DEFAULT:-0} # 1: the settings above, not the user's
export NEWSATLAS_JIT NEWSATLAS_JIT_DIRECTIVES NEWSATLAS_JIT_COMMANDS NEWSATLAS_JIT_DEFAULT

# Transparent huge pages for the heap where the kernel offers them on request ("madvise" or "always" in
# /sys/kernel/mm/transparent_hugepage/enabled; the JVM warns where it does not, hence the test). On this 2-core VM a
# page the JVM touches for the first time costs 3.4 s of kernel time per GiB in 4 KB pages (zeroed, then backed by
# the host), 1.6 s in 2 MB pages, and a run's heap grows to 3-4 GB: 100k articles took 107.0 and 111.8 s against
# 135.5 and 123.6 s without, alternating, 1 M 663 s against 794 s (scripts/BENCHMARKS.md, "Eleventh session").
# NEWSATLAS_HUGE_PAGES="" turns it off; on a cluster add it to spark.executor.extraJavaOptions where the nodes offer
# THP (scripts/spark-cluster.sh does for its executors).
if [ -z "${NEWSATLAS_HUGE_PAGES+set}" ]; then
  NEWSATLAS_HUGE_PAGES=""
  grep -qE '\[(madvise|always)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null &&
    NEWSATLAS_HUGE_PAGES="-XX:+UseTransparentHugePages"
fi
export NEWSATLAS_HUGE_PAGES

# A small input runs with C1 only (-XX:TieredStopAtLevel=1). C2 pays off only on long runs: up to 30,000 articles it
# spends more of the two cores compiling than its code saves. Alternating runs (scripts/BENCHMARKS.md): 10k 36.1 and
# 38.3 s with C1 alone against 47.1 and 44.9 s; 30k 54.5 and 56.0 against 64.7 and 67.4 s; 50k 73.8 and 74.3 against
# 72.0 and 71.5 s; 100k 119.6 and 118.1 against 94.0 and 98.7 s (the aggregations' generated code needs C2). "Small"
# is under NEWSATLAS_SMALL_INPUT_MB (150) of local input, a compressed file counting 2.5 times its size (news text
# compresses about so): the bench's 30k archive counts 128 MB, its 50k archive 213 MB. 0 turns it off, and so do JIT
# options of the user's own (NEWSATLAS_JIT set, or a Tiered option in the JVM's options).
NEWSATLAS_SMALL_INPUT_MB=${NEWSATLAS_SMALL_INPUT_MB:-150}
export NEWSATLAS_SMALL_INPUT_MB

# True when the --input paths in the arguments are local and under NEWSATLAS_SMALL_INPUT_MB; stops counting there.
newsatlas_small_input() {
  local a prev="" inputs=() more=()
  [ "$NEWSATLAS_SMALL_INPUT_MB" -gt 0 ] 2>/dev/null || return 1
  for a in "$@"; do
    case "$prev" in -i|--input) IFS=, read -r -a more <<< "$a"; inputs+=("${more[@]}") ;; esac
    case "$a" in --input=*) IFS=, read -r -a more <<< "${a#--input=}"; inputs+=("${more[@]}") ;; esac
    prev=$a
  done
  [ ${#inputs[@]} -gt 0 ] || return 1
  for a in "${inputs[@]}"; do [ -e "$a" ] || return 1; done # remote (hdfs://, s3a://) or missing: not known small
  find -L "${inputs[@]}" -type f -printf '%s %f\n' 2>/dev/null | awk -v lim=$((NEWSATLAS_SMALL_INPUT_MB * 1000000)) '
    { n = $1; sub(/^[0-9]+ /, ""); s += (/\.(gz|bz2|zst|xz|lz4|snappy)$/ ? 2.5 : 1) * n; if (s > lim) exit 1 }'
}

# True when a JVM with the options $1, running the command in the arguments after it, should run with C1 alone: the
# JIT settings are ours, the options name no tiered setting of their own, and the input is small.
newsatlas_c1_alone() {
  local opts=$1
  shift
  [ "$NEWSATLAS_JIT_DEFAULT" = 1 ] && [[ ! " $opts " =~ \ -XX:(TieredStopAtLevel=|-TieredCompilation) ]] &&
    newsatlas_small_input "$@"
}
