#!/usr/bin/env bash
# Fetches the country outlines that `newsatlas report` draws its map over, into .cache/basemap/ (gitignored).
#
# Source: npm package world-atlas@2.0.2 (TopoJSON of Natural Earth 4.1.0 Admin 0 countries, 1:110m and 1:50m).
# Licences: the package is ISC (Copyright 2013-2019 Michael Bostock); Natural Earth data is in the public domain.
# Both are copied next to the files. Without them the report draws a graticule-only map and says so.
#
# Usage: scripts/fetch-basemap.sh [DEST]   (DEST defaults to <project>/.cache/basemap; needs npm and tar)
set -euo pipefail
HOME_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEST=${1:-$HOME_DIR/.cache/basemap}
PKG=world-atlas@2.0.2
mkdir -p "$DEST"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack --silent "$PKG" >/dev/null)
tar -xzf "$TMP"/world-atlas-*.tgz -C "$TMP"
for f in countries-110m.json countries-50m.json LICENSE; do
  cp "$TMP/package/$f" "$DEST/"
done
cat > "$DEST/SOURCE.txt" <<TXT
$PKG from the npm registry, fetched $(date -u +%Y-%m-%dT%H:%M:%SZ) by scripts/fetch-basemap.sh.
countries-*.json: TopoJSON of Natural Earth 4.1.0 Admin 0 country boundaries (public domain,
https://www.naturalearthdata.com/about/terms-of-use/); packaging ISC, see LICENSE.
TXT
echo "basemap in $DEST: $(cd "$DEST" && ls countries-*.json | tr '\n' ' ')"
