# Sourced by the scripts: builds target/newsatlas.jar and target/lib/ when missing or older than the sources.
newsatlas_build_if_needed() {
  local home=$1
  local jar=$home/target/newsatlas.jar
  if [ ! -f "$jar" ] || [ ! -d "$home/target/lib" ] || \
     [ -n "$(find "$home/src/main" "$home/conf" "$home/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
    echo "[newsatlas] building with Maven (the first build downloads about 300 MB of dependencies)..." >&2
    (cd "$home" && mvn -q -B -DskipTests package) >&2
  fi
}
