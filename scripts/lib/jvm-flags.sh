# Sourced by the scripts: the JVM flags Spark 3.5 needs on Java 17 (same list as pom.xml's spark.java17.opens).
JAVA17_OPENS="-XX:+IgnoreUnrecognizedVMOptions"
for m in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  JAVA17_OPENS="$JAVA17_OPENS --add-opens=java.base/$m=ALL-UNNAMED"
done
JAVA17_OPENS="$JAVA17_OPENS --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
export JAVA17_OPENS

# C2 (tier 4) compiles a method after 10x the default invocations and loop back-edges. A run spends a large part of
# its CPU in the JIT (about 100 s of compiler time at 100k articles): Spark's generated code and our extractor get
# compiled by C1 first and reach C2 only where hot. Measured on the 100k-article bench, 4 runs each: 120-123 s
# against 125-130 s with the defaults (scripts/BENCHMARKS.md). Set NEWSATLAS_JIT="" for the JVM's defaults; on a
# cluster, the same flags go in spark.driver/executor.extraJavaOptions.
NEWSATLAS_JIT=${NEWSATLAS_JIT-"-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"}
export NEWSATLAS_JIT
