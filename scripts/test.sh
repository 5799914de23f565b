#!/usr/bin/env bash
# The full test suite: unit tests, Spark tests (one shared local session), and the standalone-cluster integration
# test. Fetches the GeoNames data first (cached in .cache/, once), since the place tests need a real gazetteer.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/fetch-geonames.sh
scripts/fetch-basemap.sh
# The pipeline and cluster tests run the real extractor, over the gazetteer built from those dumps.
scripts/newsatlas gazetteer build --if-stale
export SPARK_LOCAL_IP=127.0.0.1
exec mvn -B verify "$@"
