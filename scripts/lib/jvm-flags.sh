# Sourced by the scripts: the JVM flags Spark 3.5 needs on Java 17 (same list as pom.xml's spark.java17.opens).
JAVA17_OPENS="-XX:+IgnoreUnrecognizedVMOptions"
for m in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  JAVA17_OPENS="$JAVA17_OPENS --add-opens=java.base/$m=ALL-UNNAMED"
done
JAVA17_OPENS="$JAVA17_OPENS --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
export JAVA17_OPENS
