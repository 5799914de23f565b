#!/usr/bin/env bash
# Renders a report page in headless Chromium to a PNG, to look at it as a reader would (and for CI's end-to-end check).
# Usage: scripts/screenshot-report.sh <report.html> <out.png> [WIDTHxHEIGHT]   (default 1400x4000; needs `chromium`,
# Debian: apt-get install -y chromium). The page is self-contained, so the browser runs with networking disabled.
set -euo pipefail
if [ $# -lt 2 ]; then echo "usage: $0 <report.html> <out.png> [WIDTHxHEIGHT]" >&2; exit 2; fi
HTML=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
PNG=$2
SIZE=${3:-1400x4000}
[ -f "$HTML" ] || { echo "no such file: $HTML" >&2; exit 2; }
BROWSER=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$BROWSER" ] || { echo "chromium not found: apt-get install -y chromium" >&2; exit 2; }
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
mkdir -p "$(dirname "$PNG")"
PNG_ABS=$(cd "$(dirname "$PNG")" && pwd)/$(basename "$PNG")
"$BROWSER" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$PROFILE" \
  --screenshot="$PNG_ABS" --window-size="${SIZE/x/,}" "file://$HTML" >/dev/null 2>&1 || true
[ -s "$PNG_ABS" ] || { echo "chromium wrote no screenshot" >&2; exit 1; }
echo "$PNG_ABS"
