#!/usr/bin/env bash
# Compares every table of two output roots row for row (as multisets), run ids aside; rows compared as JSON
# (doubles exactly: the pipeline is deterministic). Prints one line per table and exits 1
# when any table differs. Usage: scripts/compare-tables.sh ROOT_A ROOT_B [TABLE...]
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
A=$(cd "$1" && pwd); B=$(cd "$2" && pwd); shift 2
TABLES=${*:-articles quarantine mentions events place_week_outlet place_week event_week_place actor_week_outlet outlet_place_contrast outlet_divergence}
sql=""
for t in $TABLES; do
  # A table with no Parquet file on both sides is equal (nothing to read); on one side only, it differs.
  na=$( (find "$A/$t" -name "*.parquet" 2>/dev/null || true) | head -1 | wc -l); nb=$( (find "$B/$t" -name "*.parquet" 2>/dev/null || true) | head -1 | wc -l)
  if [ "$na" = 0 ] || [ "$nb" = 0 ]; then
    if [ "$na" = "$nb" ]; then sql+="SELECT '$t' AS tbl, 0 AS rows_a, 0 AS rows_b, 0 AS differing UNION ALL ";
    else sql+="SELECT '$t' AS tbl, -1 AS rows_a, -1 AS rows_b, -1 AS differing UNION ALL "; fi
    continue
  fi
  src() { echo "(SELECT COLUMNS(lambda c: c NOT IN ('run_id')) FROM read_parquet('$1/$t/**/*.parquet', hive_partitioning = true, union_by_name = true))"; }
  norm() { echo "(SELECT to_json(struct_pack(COLUMNS(*))) AS j FROM $(src "$1"))"; }
  sql+="SELECT '$t' AS tbl, (SELECT count(*) FROM $(src "$A")) AS rows_a, (SELECT count(*) FROM $(src "$B")) AS rows_b, "
  sql+="(SELECT count(*) FROM (SELECT j FROM $(norm "$A") EXCEPT ALL SELECT j FROM $(norm "$B"))) + "
  sql+="(SELECT count(*) FROM (SELECT j FROM $(norm "$B") EXCEPT ALL SELECT j FROM $(norm "$A"))) AS differing UNION ALL "
done
sql=${sql% UNION ALL }
# The query names its files itself; the root given to `query` only has to hold one table and no unfinished run's
# _staging with partly written files (which `query` would open as a table): a temporary root with one finished file.
Q=$(mktemp -d); trap 'rm -rf "$Q"' EXIT
one=$(find "$B" "$A" \( -name _staging -o -name _temporary \) -prune -o -name '*.parquet' -size +0 -print 2>/dev/null | head -1 || true)
[ -n "$one" ] || { echo "no Parquet file under $A or $B" >&2; exit 2; }
mkdir "$Q/any" && ln -s "$one" "$Q/any/one.parquet"
out=$("$HERE/newsatlas" query --out "$Q" --format csv "$sql")
echo "$out"
! echo "$out" | tail -n +2 | awk -F, '$4 != 0 {bad=1} END {exit !bad}'
