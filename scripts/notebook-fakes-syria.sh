#!/usr/bin/env bash
# Re-runs the analyst notebook "State media against the rest on the Syrian war (FA-KES)": the whole pipeline on the
# FA-KES corpus, the outlet-group comparisons, the report's figures, and every query of the notebook, written as
# Markdown with its SQL and results to notebooks-export/fakes-syria-state-media.md (figures beside it).
# Usage: scripts/notebook-fakes-syria.sh [path/to/fakes-articles.csv]
set -euo pipefail
home=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$home"
csv=${1:-$home/../shared/corpora/fakes-syria/fakes-articles.csv}
[ -f "$csv" ] || { echo "notebook: no FA-KES CSV at $csv (pass its path)" >&2; exit 2; }
out=$home/target/notebook-fakes
nb=$home/notebooks-export/fakes-syria-state-media.md
fig=$home/notebooks-export/fakes-syria-state-media
na() { scripts/newsatlas "$@"; }

na run --profile fakes --input "$csv" --out "$out" --by place --min-count 5 --min-outlet-total 10 >&2
na compare --out "$out" --by event_type --min-count 5 --min-outlet-total 10 >&2
na compare --out "$out" --groups fakes-state-media --by place --min-count 5 --min-outlet-total 10 \
  --pair state-media:other >&2
na compare --out "$out" --groups fakes-state-media --by event_subtype --min-count 5 --min-outlet-total 10 >&2
na compare --out "$out" --groups fakes-state-media --by actor --min-count 5 --min-outlet-total 10 >&2
rm -rf "$fig"
na report --out "$out" --report-dir "$fig" --top 8 >&2
rm -f "$fig"/report.html

q() { # q "title" "explanation" "SQL"
  printf '\n### %s\n\n%s\n\n```sql\n%s\n```\n\n' "$1" "$2" "$3"
  na query --out "$out" --format markdown --limit 60 "$3"
}

{
cat <<'MD'
# State media against the rest on the Syrian war (FA-KES)

An analyst's walk through a real comparison with newsatlas: which Syrian places, event types and actors the
state-aligned outlets (SANA, TASS, Sputnik, Al-Manar, Al-Alam) cover more or less than the other ten outlets of the
FA-KES corpus (Reuters, Al Arabiya, Asharq Al-Awsat, Etilaf, TRT, Daily Sabah, Al Ahram, Al Araby, Jordan Times, NNA).
Everything below is produced by `scripts/notebook-fakes-syria.sh` (it re-runs the pipeline and every query); the
numbers are those of the last run. The corpus: Abu Salem et al., FA-KES (ICWSM 2019), 804 English articles, CC BY 4.0.
No article text is reproduced here: only counts and statistics.

## Method

- `newsatlas run --profile fakes` reads the CSV (dates M/D/YYYY; the dataset's date is the date of the reported event,
  close to publication), extracts places (GeoNames), actors and ACLED-style events, aggregates by ISO week and outlet.
- `newsatlas compare --groups fakes-state-media` groups the five state-aligned outlets (`conf/outlets/groups/fakes-state-media.tsv`)
  and compares the group with all others, key by key: coverage share, the Fightin' Words log-odds z-score with an
  informative Dirichlet prior (Monroe, Colaresi & Quinn 2008; prior = pooled counts), chi-square and Benjamini–Hochberg
  adjusted p-values. Counts are distinct articles (syndicated copies counted once).
- Reading guide: z > 1.96 means the group mentions the key in a larger share of its articles than the other outlets,
  beyond what chance and the prior explain; z < −1.96 the reverse. `q` is the BH-adjusted p-value.

## The corpus
MD
q "Articles per outlet" "Volume differs a lot between outlets: shares, not counts, are compared." \
  "SELECT outlet, count(*) AS articles, count(duplicate_of) AS same_text_copies, min(week) AS first_week, max(week) AS last_week FROM articles GROUP BY outlet ORDER BY articles DESC"
q "What the run read" "Records read = articles + quarantined + exact duplicates (the runs table keeps the counts)." \
  "SELECT command, status, counts['ingest.records_read'] AS read, counts['ingest.articles'] AS articles, counts['ingest.quarantined'] AS quarantined, counts['ingest.exact_duplicates'] AS exact_duplicates, counts['extract.places'] AS place_mentions, counts['extract.events'] AS events FROM runs WHERE command = 'run' ORDER BY started_at DESC LIMIT 1"
cat <<'MD'

![Articles per ISO week and outlet](fakes-syria-state-media/coverage.png)

## Syrian places: what the state-aligned group over- and under-covers
MD
q "Places the state group over-covers" "Top places by z-score, state media against the other outlets (whole period)." \
  "SELECT key_name AS place, count AS state_articles, outlet_total AS state_total, rest_count AS other_articles, rest_total AS other_total, round(share, 3) AS state_share, round(rest_share, 3) AS other_share, round(z, 2) AS z, round(p_adjusted, 4) AS q FROM outlet_place_contrast WHERE comparison = 'groups.fakes-state-media' AND grouping = 'place' AND outlet = 'state-media' AND against = '(rest)' ORDER BY z DESC LIMIT 15"
q "Places the state group under-covers" "The other end of the same ranking." \
  "SELECT key_name AS place, count AS state_articles, rest_count AS other_articles, round(share, 3) AS state_share, round(rest_share, 3) AS other_share, round(z, 2) AS z, round(p_adjusted, 4) AS q FROM outlet_place_contrast WHERE comparison = 'groups.fakes-state-media' AND grouping = 'place' AND outlet = 'state-media' AND against = '(rest)' ORDER BY z ASC LIMIT 15"
cat <<'MD'

## Event types and actors
MD
q "Event subtypes" "ACLED sub-event types of asserted events, state media against the rest (only event subtypes seen in 5 articles or more)." \
  "SELECT key_name AS event_subtype, count AS state_articles, rest_count AS other_articles, round(share, 3) AS state_share, round(rest_share, 3) AS other_share, round(z, 2) AS z, round(p_adjusted, 4) AS q FROM outlet_place_contrast WHERE comparison = 'groups.fakes-state-media' AND grouping = 'event_subtype' AND outlet = 'state-media' AND against = '(rest)' ORDER BY z DESC"
q "Actors" "Actors the state group names more (top) and less (bottom) than the others." \
  "(SELECT key_name AS actor, count AS state_articles, rest_count AS other_articles, round(z, 2) AS z, round(p_adjusted, 4) AS q FROM outlet_place_contrast WHERE comparison = 'groups.fakes-state-media' AND grouping = 'actor' AND outlet = 'state-media' AND against = '(rest)' ORDER BY z DESC LIMIT 10) UNION ALL (SELECT key_name, count, rest_count, round(z, 2), round(p_adjusted, 4) FROM outlet_place_contrast WHERE comparison = 'groups.fakes-state-media' AND grouping = 'actor' AND outlet = 'state-media' AND against = '(rest)' ORDER BY z ASC LIMIT 10)"
cat <<'MD'

## Outlet by outlet
MD
q "Event types by outlet" "Each outlet against all others: the event type it over-covers most." \
  "SELECT outlet, arg_max(key_name, z) AS most_over_covered, round(max(z), 2) AS z, arg_min(key_name, z) AS most_under_covered, round(min(z), 2) AS z_min, max(outlet_total) AS articles FROM outlet_place_contrast WHERE comparison = 'outlets' AND grouping = 'event_type' AND against = '(rest)' GROUP BY outlet ORDER BY articles DESC"
q "How different are outlets' place distributions?" "Mean Jensen–Shannon divergence (bits, 0 = same distribution, 1 = disjoint) of each outlet's weekly place distribution against the rest, over the weeks where it published enough." \
  "SELECT outlet_a AS outlet, count(*) AS weeks, round(avg(jsd), 3) AS mean_jsd, round(median(jsd), 3) AS median_jsd, sum(n_a) AS place_articles FROM outlet_divergence WHERE outlet_b = '(rest)' GROUP BY outlet_a ORDER BY mean_jsd DESC"
cat <<'MD'

![Fightin' Words z-scores of places, per outlet](fakes-syria-state-media/contrast-place-sana.sy.png)

![Map of places](fakes-syria-state-media/map.svg)

## Caveats

- Five outlets against ten, 804 articles over eight years: most weekly cells are tiny, so the whole period is
  compared; z-scores of keys seen in a handful of articles are shrunk by the prior but still noisy.
- The group is an analytic choice (`conf/outlets/groups/fakes-state-media.tsv`): Al-Manar is Hezbollah's, not a state's.
- FA-KES was built around reported casualty events: it is not a random sample of each outlet's output.
- Extraction errors add noise: a wrongly resolved place moves counts between keys. The place and event extractors'
  measured accuracy is in the README; read surprising rows back in the `mentions` table before concluding.
- Over-coverage is not bias by itself: a state agency reports its own government's operations at length.
MD
} > "$nb"
echo "notebook written to $nb (figures in $fig)"
