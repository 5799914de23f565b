# Sourced by scripts/newsatlas: class-data sharing (AppCDS) for the embedded JVM.
#
# A run loads about 16,000 classes from the jars in target/lib, and verifies and links each of them again at every
# start, on the same two cores the tasks need. A dynamic CDS archive holds them parsed and verified: a run of 1,000
# articles took 21.3 and 23.3 s with it against 25.4 and 25.3 s without, 100k 92.6 and 97.0 against 100.7 and 94.9 s
# (scripts/BENCHMARKS.md, "Class-data sharing"). Writing the archive costs about 10 s at the end of the run that
# records it, so only a pipeline command records one, once per build: the archive's name is a digest of the jars
# and the JVM, and a rebuild names a new one. A JVM that finds the archive unusable (another JVM, a touched jar)
# ignores it silently and loads the classes as usual. NEWSATLAS_CDS=0 turns all of this off.

# The archive for this build and JVM: .cache/cds/newsatlas-<digest>.jsa.
newsatlas_cds_archive() {
  local home=$1 java_bin
  java_bin=$(readlink -f "$(command -v java)")
  printf '%s/.cache/cds/newsatlas-%s.jsa' "$home" "$(
    { echo "$java_bin"; ls -lL --time-style=+%s "$java_bin" "$home/target/newsatlas.jar" "$home/target/lib"; } |
      cksum | cut -d' ' -f1)"
}

# Whether the command loads what a pipeline run loads (Spark, the extractors), and so should record the archive;
# `gazetteer build` or `--help` would record one without Spark in it.
newsatlas_cds_records() {
  case "${1:-}" in
    run|nightly|ingest|extract|aggregate|compare) [[ " $* " != *" --help "* && " $* " != *" -h "* ]] ;;
    *) return 1 ;;
  esac
}
