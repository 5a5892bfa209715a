#!/bin/sh
# Makes the test fonts under src/test/resources/fonts again: Droid Sans Fallback and HanaMinB cut
# down to the characters of the sources and test resources (see src/test/resources/fonts/README.md).
# Needs Debian's fonts-droid-fallback, fonts-hanazono and python3-fonttools:
#   apt-get install fonts-droid-fallback fonts-hanazono python3-fonttools
set -eu
cd "$(dirname "$0")/.."
out=src/test/resources/fonts
chars=$(mktemp)
trap 'rm -f "$chars"' EXIT
# every character (from U+0080) of the UTF-8 text files of the sources and test resources
/usr/bin/python3 - "$chars" src/test/resources src/main/java src/test/java <<'PY'
import os, sys
seen = set()
for root in sys.argv[2:]:
    for d, _, files in os.walk(root):
        for f in files:
            try:
                with open(os.path.join(d, f), encoding="utf-8") as fh:
                    seen.update(c for c in fh.read() if ord(c) >= 0x80)
            except (UnicodeDecodeError, OSError):
                pass  # not UTF-8 text: a binary file
with open(sys.argv[1], "w", encoding="utf-8") as fh:
    fh.write("".join(sorted(seen)))
print(len(seen), "characters")
PY
subset() {
  /usr/bin/python3 -m fontTools.subset "$1" --text-file="$chars" --output-file="$2" \
    --name-IDs='*' --name-languages='*' --notdef-outline --no-hinting
  echo "$2: $(wc -c < "$2") bytes"
}
subset /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf "$out/DroidSansFallback-subset.ttf"
subset /usr/share/fonts/truetype/hanazono/HanaMinB.ttf "$out/HanaMinB-subset.ttf"
