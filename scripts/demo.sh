#!/usr/bin/env bash
# The demo: builds newsatlas if needed, fetches GeoNames and builds the gazetteer (cached), runs the whole pipeline
# on the project's sample corpus embedded (Spark local[*]), and shows a few rows of the tables it wrote.
set -euo pipefail
home=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$home"
out=${1:-$home/target/demo-out}
sample=$home/src/test/resources/sample-corpus

scripts/fetch-geonames.sh
. scripts/lib/build.sh
newsatlas_build_if_needed "$home"
scripts/newsatlas gazetteer build --if-stale

scripts/newsatlas run --profile sample --input "$sample/jsonl" --input "$sample/csv" --input "$sample/text" \
  --input "$sample/warc" --input "$sample/bad" --out "$out" --min-count 2 --min-outlet-total 4

q() { echo; echo "\$ newsatlas query \"$1\""; scripts/newsatlas query --out "$out" "$1"; }
q "SELECT outlet, week, count(*) AS articles FROM articles GROUP BY ALL ORDER BY week, outlet LIMIT 12"
q "SELECT reason_code, source_file, locator FROM quarantine ORDER BY reason_code"
q "SELECT place_name, country_code, sum(articles) AS articles, sum(mentions) AS mentions FROM place_week GROUP BY ALL ORDER BY articles DESC LIMIT 10"
q "SELECT event_subtype, place_name, events, reports FROM event_week_place ORDER BY reports DESC LIMIT 8"
q "SELECT outlet, key_name, count, outlet_total, round(share, 3) AS share, round(z, 2) AS z, round(p_adjusted, 3) AS p_adj FROM outlet_place_contrast ORDER BY abs(z) DESC LIMIT 8"
scripts/fetch-basemap.sh >/dev/null
scripts/newsatlas report --out "$out"
echo
echo "Tables are under $out (Parquet, partitioned by week); the report is $out/report/report.html."
