#!/usr/bin/env bash
# Runs the newsatlas nightly job with spark-submit: one run at a time (flock on this machine, so that a second run is
# not even submitted; the command itself also locks its output root, from any machine), the gazetteer and the
# job file shipped with --files, Java 17 flags for driver and executors. A failed or killed run is finished by the
# next one (the nightly command rolls an interrupted commit forward or back first), so retrying is always safe.
#
# Environment (defaults in brackets):
#   SPARK_HOME            Spark 3.5 installation (spark-submit)           [required]
#   NEWSATLAS_JAR         the cluster jar                                  [target/newsatlas-cluster.jar]
#   NEWSATLAS_JOB         the job definition                               [jobs/nightly.properties]
#   NEWSATLAS_GAZETTEER   the gazetteer artifact                           [.cache/gazetteer/gazetteer.bin]
#   NEWSATLAS_MASTER      --master                                         [yarn]
#   NEWSATLAS_SUBMIT_OPTS more spark-submit options (--num-executors ...)  []
#   NEWSATLAS_LOCK        lock file                                        [/tmp/newsatlas-nightly.lock]
# Extra arguments go to the nightly command (e.g. --out hdfs:///other/).
set -euo pipefail
HOME_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$HOME_DIR/scripts/lib/jvm-flags.sh"
: "${SPARK_HOME:?set SPARK_HOME to a Spark 3.5 installation}"
JAR=${NEWSATLAS_JAR:-$HOME_DIR/target/newsatlas-cluster.jar}
JOB=${NEWSATLAS_JOB:-$HOME_DIR/jobs/nightly.properties}
GAZ=${NEWSATLAS_GAZETTEER:-$HOME_DIR/.cache/gazetteer/gazetteer.bin}
LOCK=${NEWSATLAS_LOCK:-/tmp/newsatlas-nightly.lock}
for f in "$JAR" "$JOB" "$GAZ"; do [ -f "$f" ] || { echo "nightly.sh: $f does not exist" >&2; exit 2; }; done

exec 9>"$LOCK"
if ! flock -n 9; then echo "nightly.sh: another nightly run holds $LOCK; not starting a second one" >&2; exit 75; fi
echo "[nightly.sh] $(date -u +%FT%TZ) starting"
# shellcheck disable=SC2086
"$SPARK_HOME/bin/spark-submit" --master "${NEWSATLAS_MASTER:-yarn}" --deploy-mode client \
  --class org.newsatlas.cli.Main --name newsatlas-nightly \
  --files "$GAZ,$JOB" \
  --conf "spark.driver.extraJavaOptions=$JAVA17_OPENS" --conf "spark.executor.extraJavaOptions=$JAVA17_OPENS" \
  --conf spark.task.maxFailures=4 \
  ${NEWSATLAS_SUBMIT_OPTS:-} \
  "$JAR" nightly --job "$JOB" --set "places.gazetteer=$GAZ" "$@"
