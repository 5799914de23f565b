# Sourced by the scripts: the JVM flags Spark 3.5 needs on Java 17 (same list as pom.xml's spark.java17.opens).
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
# Set NEWSATLAS_JIT="" for the JVM's defaults. On a cluster the same flags go in spark.driver/executor
# .extraJavaOptions, the directives file only where it exists at that path on every node.
NEWSATLAS_JIT_DIRECTIVES="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/jit-directives.json"
if [ -z "${NEWSATLAS_JIT+set}" ]; then
  NEWSATLAS_JIT="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
  case "$NEWSATLAS_JIT_DIRECTIVES" in
    *[[:space:]]*) ;; # the flags are split on spaces: a path with one cannot be passed, run without the directives
    *) [ -f "$NEWSATLAS_JIT_DIRECTIVES" ] && NEWSATLAS_JIT="$NEWSATLAS_JIT -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput -XX:CompilerDirectivesFile=$NEWSATLAS_JIT_DIRECTIVES" ;;
  esac
fi
export NEWSATLAS_JIT NEWSATLAS_JIT_DIRECTIVES
