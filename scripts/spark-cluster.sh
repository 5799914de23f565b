#!/usr/bin/env bash
# A real standalone Spark cluster (one Master, one Worker, executors in their own JVMs) on 127.0.0.1, built from the
# Maven jars in target/lib: no Spark download needed. For integration tests and for trying spark-submit locally.
#
#   scripts/spark-cluster.sh start              lay out SPARK_HOME (jars, bin/spark-submit), start Master and Worker
#   scripts/spark-cluster.sh submit ARGS...     spark-submit ARGS to the cluster (client mode); exit status of the app
#   scripts/spark-cluster.sh status             one line; exit 0 if running, 3 if not
#   scripts/spark-cluster.sh stop               stop Worker (and its executors) and Master by pid, clean state
#   scripts/spark-cluster.sh master-url         print spark://127.0.0.1:PORT of the running cluster
#   scripts/spark-cluster.sh smoke [OUT]        submit org.newsatlas.spark.ClusterSmoke from the cluster jar
#
# Needs `mvn -o -q -DskipTests package` first (target/lib and the cluster jar). Each command prints one line;
# daemon logs, executor logs (work/) and driver logs (submit-*.log) stay in $SPARK_CLUSTER_DIR for debugging.
#
# Settings (environment, defaults in brackets):
#   NEWSATLAS_SPARK_HOME [target/spark-home]  the SPARK_HOME laid out here (an ambient SPARK_HOME is not touched)
#   SPARK_CLUSTER_DIR [target/spark-cluster]  logs, pids, state
#   SPARK_MASTER_PORT [7077]  SPARK_MASTER_WEBUI_PORT [8080]  SPARK_WORKER_WEBUI_PORT [8081]
#                             a busy port is replaced by the next free one (the state file records the ports used)
#   SPARK_WORKER_CORES [2]  SPARK_WORKER_MEMORY [2g]  SPARK_DAEMON_MEMORY [512m]
#   SPARK_CLUSTER_TIMEOUT [120]  seconds to wait for the Worker to register
#   SPARK_CLUSTER_VERBOSE [0]    1: `submit` also copies the driver's log to stderr
#   SPARK_SUBMIT_OPTS []         JVM options of the driver (`submit` runs in client mode), as with Spark's scripts
#   NEWSATLAS_HUGE_PAGES         the executors' heap in transparent huge pages (scripts/lib/jvm-flags.sh); "": 4 KB
set -euo pipefail

PROJECT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TARGET="$PROJECT_DIR/target"
HOME_DIR=${NEWSATLAS_SPARK_HOME:-$TARGET/spark-home}
CLUSTER_DIR=${SPARK_CLUSTER_DIR:-$TARGET/spark-cluster}
STATE="$CLUSTER_DIR/cluster.env"
MASTER_CLASS=org.apache.spark.deploy.master.Master
WORKER_CLASS=org.apache.spark.deploy.worker.Worker
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# JAVA17_OPENS (the module openings Spark needs on Java 17, as the launcher's) and NEWSATLAS_HUGE_PAGES.
. "$PROJECT_DIR/scripts/lib/jvm-flags.sh"

say() { echo "spark-cluster: $*"; }
die() { echo "spark-cluster: $*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# True when $1 is a live process whose command line contains $2 (guards against a recycled pid).
alive() {
  [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q -- "$2"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local p=$1
  while port_in_use "$p"; do p=$((p + 1)); done
  echo "$p"
}

load_state() {
  MASTER_PID='' WORKER_PID='' MASTER_URL='' MASTER_UI='' WORKER_UI=''
  # shellcheck disable=SC1090
  [[ -f $STATE ]] && source "$STATE"
  return 0
}

running() {
  load_state
  alive "$MASTER_PID" "$MASTER_CLASS" && alive "$WORKER_PID" "$WORKER_CLASS"
}

# SPARK_HOME/jars: Spark's own jars (the provided-scope dependencies) linked from target/lib, and nothing of ours,
# so that a submitted app must bring its dependencies in its jar as on a real cluster.
layout_spark_home() {
  local lib="$TARGET/lib" list="$HOME_DIR/provided-jars.txt" tmp
  [[ -d $lib ]] && compgen -G "$lib/spark-core_*.jar" >/dev/null ||
    die "no Spark jars in $lib: run 'mvn -o -q -DskipTests package' first"
  mkdir -p "$HOME_DIR/jars"
  if [[ ! -s $list || $PROJECT_DIR/pom.xml -nt $list ]]; then
    tmp=$(mktemp)
    if (cd "$PROJECT_DIR" && { mvn -o -q dependency:list -DincludeScope=provided -DoutputAbsoluteArtifactFilename=true \
          -DoutputFile="$tmp" || mvn -q dependency:list -DincludeScope=provided -DoutputAbsoluteArtifactFilename=true \
          -DoutputFile="$tmp"; }) >>"$CLUSTER_DIR/layout.log" 2>&1; then
      sed 's/\x1b\[[0-9;]*m//g' "$tmp" | sed -n 's/.*:provided:\(.*\.jar\).*/\1/p' >"$list"
    fi
    rm -f "$tmp"
    if [[ ! -s $list ]]; then
      echo "WARNING: mvn dependency:list failed; SPARK_HOME/jars gets every jar of $lib" >>"$CLUSTER_DIR/layout.log"
      ls "$lib"/*.jar >"$list"
    fi
  fi
  local want=" " path name
  while IFS= read -r path; do
    name=$(basename "$path")
    want+="$name "
    [[ -e $HOME_DIR/jars/$name ]] && continue
    if [[ -f $lib/$name ]]; then
      ln -f "$lib/$name" "$HOME_DIR/jars/$name" 2>/dev/null || cp "$lib/$name" "$HOME_DIR/jars/$name"
    else
      ln -sf "$path" "$HOME_DIR/jars/$name"
    fi
  done <"$list"
  for path in "$HOME_DIR"/jars/*.jar; do # jars left over from an older pom
    [[ $want == *" $(basename "$path") "* ]] || rm -f "$path"
  done
  write_spark_submit
}

# SPARK_HOME/bin/spark-submit: Spark's own bin/ is not in Maven, but wrappers such as jobs/nightly.sh call
# $SPARK_HOME/bin/spark-submit. This one runs SparkSubmit from the jars with the Java 17 flags and SPARK_SUBMIT_OPTS
# (the driver's JVM options in client mode, as Spark's bin/spark-class), bound to loopback like the daemons.
write_spark_submit() {
  local f="$HOME_DIR/bin/spark-submit" tmp
  mkdir -p "$HOME_DIR/bin"
  tmp=$(mktemp "$HOME_DIR/bin/.spark-submit.XXXXXX")
  cat >"$tmp" <<SHIM
#!/usr/bin/env bash
# Written by scripts/spark-cluster.sh: spark-submit for this SPARK_HOME of Maven's Spark jars.
export SPARK_HOME="$HOME_DIR" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=\${SPARK_LOCAL_IP:-127.0.0.1}
read -r -a opts <<<"\${SPARK_SUBMIT_OPTS:-}"
exec "$JAVA" $JAVA17_OPENS "\${opts[@]}" -cp "$HOME_DIR/jars/*" org.apache.spark.deploy.SparkSubmit "\$@"
SHIM
  chmod +x "$tmp"
  mv -f "$tmp" "$f"
}

# Stops one daemon by pid: TERM, up to 15 s, then KILL; then any child it left (a Worker's executor JVMs).
stop_pid() {
  local pid=$1 class=$2 children i
  alive "$pid" "$class" || return 0
  children=$(ps -o pid= --ppid "$pid" 2>/dev/null || true)
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 150; i++)); do
    alive "$pid" "$class" || break
    sleep 0.1
  done
  alive "$pid" "$class" && kill -KILL "$pid" 2>/dev/null || true
  for pid in $children; do
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  done
}

launch() { # launch LOG CLASS ARGS... ; sets LAUNCHED_PID
  local log=$1 class=$2
  shift 2
  # setsid: the daemons get their own session, so a terminal's Ctrl-C aimed at a caller does not half-kill them;
  # stopping is always explicit, by pid.
  setsid "$JAVA" "${FLAGS[@]}" -Xmx"${SPARK_DAEMON_MEMORY:-512m}" -cp "$HOME_DIR/jars/*" "$class" "$@" \
    >"$log" 2>&1 </dev/null 9>&- &
  LAUNCHED_PID=$!
}

wait_until() { # wait_until SECONDS DESCRIPTION COMMAND...
  local limit=$1 what=$2 t0
  shift 2
  t0=$(date +%s)
  until "$@"; do
    if (($(date +%s) - t0 >= limit)); then
      echo "spark-cluster: timed out after ${limit}s waiting for $what" >&2
      return 1
    fi
    sleep 0.25
  done
}

workers_alive() {
  if command -v curl >/dev/null; then
    curl -sf "http://127.0.0.1:$MASTER_UI/json/" 2>/dev/null | tr -d ' \n' | grep -Eq '"aliveworkers":[1-9]'
  else
    grep -q "Registering worker" "$CLUSTER_DIR/master.log"
  fi
}

master_listening() { alive "$MASTER_PID" "$MASTER_CLASS" && port_in_use "$MASTER_PORT"; }
worker_ready() { alive "$WORKER_PID" "$WORKER_CLASS" && alive "$MASTER_PID" "$MASTER_CLASS" && workers_alive; }

cmd_start() {
  if running; then
    say "already running at $MASTER_URL (ui $MASTER_UI, master pid $MASTER_PID, worker pid $WORKER_PID)"
    return 0
  fi
  # Leftovers of a half-dead cluster: stop what is still ours, then start clean.
  stop_pid "$WORKER_PID" "$WORKER_CLASS"
  stop_pid "$MASTER_PID" "$MASTER_CLASS"
  rm -f "$STATE"
  local t0
  START_OK=0
  t0=$(now)
  mkdir -p "$CLUSTER_DIR"
  rm -rf "$CLUSTER_DIR/work" "$CLUSTER_DIR/master.log" "$CLUSTER_DIR/worker.log"
  layout_spark_home
  read -r -a FLAGS <<<"$JAVA17_OPENS"
  export SPARK_HOME="$HOME_DIR" SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.12
  MASTER_PORT=$(free_port "${SPARK_MASTER_PORT:-7077}")
  MASTER_UI=$(free_port "${SPARK_MASTER_WEBUI_PORT:-8080}")
  WORKER_UI=$(free_port "${SPARK_WORKER_WEBUI_PORT:-8081}")
  [[ $WORKER_UI == "$MASTER_UI" || $WORKER_UI == "$MASTER_PORT" ]] && WORKER_UI=$(free_port $((MASTER_UI + 1)))
  MASTER_URL="spark://127.0.0.1:$MASTER_PORT"
  MASTER_PID='' WORKER_PID=''
  # Whatever happens from here on (failure, timeout, Ctrl-C), stop what this call started unless it succeeded.
  trap 'if ((START_OK == 0)); then stop_pid "$WORKER_PID" "$WORKER_CLASS"; stop_pid "$MASTER_PID" "$MASTER_CLASS";
        rm -f "$CLUSTER_DIR/master.pid" "$CLUSTER_DIR/worker.pid";
        echo "spark-cluster: start failed; logs: $CLUSTER_DIR/master.log, $CLUSTER_DIR/worker.log" >&2;
        tail -n 15 "$CLUSTER_DIR/master.log" "$CLUSTER_DIR/worker.log" >&2 2>/dev/null || true; fi' EXIT
  trap 'exit 130' INT TERM

  launch "$CLUSTER_DIR/master.log" "$MASTER_CLASS" --host 127.0.0.1 --port "$MASTER_PORT" --webui-port "$MASTER_UI"
  MASTER_PID=$LAUNCHED_PID
  echo "$MASTER_PID" >"$CLUSTER_DIR/master.pid"
  wait_until "${SPARK_CLUSTER_TIMEOUT:-120}" "the Master on port $MASTER_PORT" master_listening

  launch "$CLUSTER_DIR/worker.log" "$WORKER_CLASS" --host 127.0.0.1 --cores "${SPARK_WORKER_CORES:-2}" \
    --memory "${SPARK_WORKER_MEMORY:-2g}" --webui-port "$WORKER_UI" --work-dir "$CLUSTER_DIR/work" "$MASTER_URL"
  WORKER_PID=$LAUNCHED_PID
  echo "$WORKER_PID" >"$CLUSTER_DIR/worker.pid"
  wait_until "${SPARK_CLUSTER_TIMEOUT:-120}" "the Worker to register with $MASTER_URL" worker_ready

  cat >"$STATE" <<EOF
MASTER_PID=$MASTER_PID
WORKER_PID=$WORKER_PID
MASTER_URL=$MASTER_URL
MASTER_UI=http://127.0.0.1:$MASTER_UI
WORKER_UI=http://127.0.0.1:$WORKER_UI
SPARK_HOME=$HOME_DIR
EOF
  START_OK=1
  trap - EXIT INT TERM
  say "started $MASTER_URL (ui http://127.0.0.1:$MASTER_UI, ${SPARK_WORKER_CORES:-2} cores, ${SPARK_WORKER_MEMORY:-2g}) in $(elapsed "$t0") s; logs in $CLUSTER_DIR"
}

cmd_stop() {
  load_state
  local mp=${MASTER_PID:-} wp=${WORKER_PID:-} t0
  # Without a state file (start interrupted before writing it), fall back to the pid files.
  [[ -z $mp && -f $CLUSTER_DIR/master.pid ]] && mp=$(<"$CLUSTER_DIR/master.pid")
  [[ -z $wp && -f $CLUSTER_DIR/worker.pid ]] && wp=$(<"$CLUSTER_DIR/worker.pid")
  if ! alive "$mp" "$MASTER_CLASS" && ! alive "$wp" "$WORKER_CLASS"; then
    rm -f "$STATE" "$CLUSTER_DIR/master.pid" "$CLUSTER_DIR/worker.pid"
    say "not running"
    return 0
  fi
  t0=$(now)
  stop_pid "$wp" "$WORKER_CLASS"
  stop_pid "$mp" "$MASTER_CLASS"
  rm -f "$STATE" "$CLUSTER_DIR/master.pid" "$CLUSTER_DIR/worker.pid"
  say "stopped (master pid ${mp:-none}, worker pid ${wp:-none}) in $(elapsed "$t0") s; logs kept in $CLUSTER_DIR"
}

cmd_status() {
  if running; then
    say "running at $MASTER_URL (ui $MASTER_UI, master pid $MASTER_PID, worker pid $WORKER_PID)"
    return 0
  fi
  say "not running"
  return 3
}

cmd_master_url() {
  running || die "not running; start it with: scripts/spark-cluster.sh start"
  echo "$MASTER_URL"
}

cmd_submit() {
  running || die "not running; start it with: scripts/spark-cluster.sh start"
  (($# > 0)) || die "usage: spark-cluster.sh submit [spark-submit options] --class CLASS APP.jar [app args]"
  local flags log t0 rc=0
  # The executors' heap in transparent huge pages where the kernel offers them, as the launcher's (jvm-flags.sh).
  flags="$JAVA17_OPENS $NEWSATLAS_HUGE_PAGES"
  [[ -x $HOME_DIR/bin/spark-submit ]] || write_spark_submit
  log="$CLUSTER_DIR/submit-$(date +%Y%m%d-%H%M%S)-$$.log"
  t0=$(now)
  local cmd=("$HOME_DIR/bin/spark-submit"
    --master "$MASTER_URL"
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1
    --conf "spark.executor.extraJavaOptions=$flags"
    "$@")
  echo "${cmd[*]}" >"$log"
  if [[ ${SPARK_CLUSTER_VERBOSE:-0} == 1 ]]; then
    "${cmd[@]}" 2> >(tee -a "$log" >&2) || rc=$?
  else
    "${cmd[@]}" 2>>"$log" || rc=$?
  fi
  if ((rc != 0)); then
    tail -n 30 "$log" >&2
    echo "spark-cluster: submit FAILED with exit status $rc after $(elapsed "$t0") s; driver log: $log" >&2
    return "$rc"
  fi
  echo "spark-cluster: submit done in $(elapsed "$t0") s; driver log: $log" >&2
}

cmd_smoke() {
  local jar out=${1:-$CLUSTER_DIR/smoke-out}
  jar=$(ls "$TARGET"/newsatlas*-cluster.jar 2>/dev/null | head -n 1)
  [[ -n $jar ]] || die "no cluster jar in $TARGET: run 'mvn -o -q -DskipTests package' first"
  cmd_submit --class org.newsatlas.spark.ClusterSmoke "$jar" "$out"
}

# start and stop take a lock: two callers (parallel test runs) must not launch two clusters on one state file.
with_lock() {
  mkdir -p "$CLUSTER_DIR"
  exec 9>"$CLUSTER_DIR/.lock"
  if command -v flock >/dev/null; then
    flock -w 180 9 || die "another start/stop holds $CLUSTER_DIR/.lock"
  fi
  "$@"
}

case ${1:-} in
  start) with_lock cmd_start ;;
  stop) with_lock cmd_stop ;;
  status) cmd_status ;;
  master-url) cmd_master_url ;;
  submit) shift; cmd_submit "$@" ;;
  smoke) shift; cmd_smoke "$@" ;;
  *) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
