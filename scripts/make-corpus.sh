#!/usr/bin/env bash
# Builds a synthetic news archive of N articles from real text, for benchmarks (org.newsatlas.bench.CorpusScaler):
#   scripts/make-corpus.sh N OUTDIR [--format jsonl|warc] [--per-file 10000] [--seed S] [--outlets 400]
#                          [--mix en=0.55,fr=0.30,ar=0.15] [--start 2021-01-04] [--weeks 52]
#                          [--syndicated 0.05] [--recrawled 0.01] [--corpora DIR] [--threads T]
# Texts come from the shared corpora (NEWSATLAS_CORPORA, default ../shared/corpora) when present, else from the
# sample corpus. Output: OUTDIR/part-NNNNN.jsonl.gz (news-please fields) or .warc.gz, and OUTDIR/_CORPUS.properties.
# Never commit the output: it is made of the corpora's text.
set -euo pipefail
NEWSATLAS_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$NEWSATLAS_HOME/scripts/lib/build.sh"
newsatlas_build_if_needed "$NEWSATLAS_HOME"
if [ -z "${NEWSATLAS_CORPORA:-}" ]; then
  for d in "$NEWSATLAS_HOME/../shared/corpora" /work/shared/corpora; do
    if [ -d "$d" ]; then NEWSATLAS_CORPORA=$(cd "$d" && pwd); break; fi
  done
fi
export NEWSATLAS_CORPORA=${NEWSATLAS_CORPORA:-$NEWSATLAS_HOME/../shared/corpora}
exec java ${MAKE_CORPUS_JAVA_OPTS:--Xmx3g} -cp "$NEWSATLAS_HOME/target/newsatlas.jar:$NEWSATLAS_HOME/target/lib/*" \
  org.newsatlas.bench.CorpusScaler "$@" --sample "$NEWSATLAS_HOME/src/test/resources/sample-corpus"
