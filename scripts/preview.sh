#!/usr/bin/env bash
# Renders the founding example and three samples to PNG pages for a person to look at:
# govreply render --to html, then headless Chromium prints each HTML file to PDF (the print
# stylesheet: A4, margins, page numbers); govreply render --to docx, then LibreOffice converts
# each Word document to PDF; govreply render --to pdf writes PDFs itself, with the test fonts
# (src/test/resources/fonts); pdftoppm makes the pages PNG. Not part of mvn verify.
#
# Needs the CLI jar (mvn -B -ntp package -DskipTests) and Debian's packages:
#   apt-get install -y chromium libreoffice-writer-nogui poppler-utils fonts-noto-cjk
# Usage: scripts/preview.sh [OUT_DIR]   (default target/preview); prints the PNG files written.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/preview}"
jar=(target/govreply-*-cli.jar)
if [ ! -f "${jar[0]}" ]; then
  echo "preview: no CLI jar; run: mvn -B -ntp package -DskipTests" >&2
  exit 2
fi
for tool in chromium soffice pdftoppm; do
  if ! command -v "$tool" >/dev/null; then
    echo "preview: $tool is missing; run: apt-get install -y chromium libreoffice-writer-nogui" \
      "poppler-utils fonts-noto-cjk" >&2
    exit 2
  fi
done
mkdir -p "$out"
out="$(cd "$out" && pwd)"
samples=(00-pingjiang-xzf-jy241 07-tongguan-mzj-ta52 20-zhejiang-jtt-wen36 27-pingjiang-jtj-jy82)
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for name in "${samples[@]}"; do
  src="src/test/resources/samples/$name.txt"
  [ -f "$src" ] || { echo "preview: no sample $src" >&2; exit 2; }
  java -jar "${jar[0]}" render --to html --force -o "$out/$name.html" "$src"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --no-pdf-header-footer \
    --print-to-pdf="$out/$name.html.pdf" "file://$out/$name.html" 2>/dev/null
  pdftoppm -r 60 -png "$out/$name.html.pdf" "$out/$name-html"
  java -jar "${jar[0]}" render --to docx --force -o "$out/$name.docx" "$src"
  soffice -env:UserInstallation="file://$profile/lo" --headless --convert-to pdf \
    --outdir "$out/docx-pdf" "$out/$name.docx" >/dev/null 2>&1
  pdftoppm -r 60 -png "$out/docx-pdf/$name.pdf" "$out/$name-docx"
  java -jar "${jar[0]}" render --to pdf --force -o "$out/$name.pdf" \
    --font src/test/resources/fonts/DroidSansFallback-subset.ttf \
    --font src/test/resources/fonts/LiberationSerif-Regular.ttf \
    --font src/test/resources/fonts/HanaMinB-subset.ttf "$src"
  pdftoppm -r 60 -png "$out/$name.pdf" "$out/$name-pdf"
done
ls "$out"/*.png
