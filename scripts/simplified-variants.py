#!/usr/bin/env python3
"""Prints the pairs of dev.govreply.internal.TraditionalChars.UNIHAN from the Unicode Han
database: every character of the basic multilingual plane with a kSimplifiedVariant that is not
itself one of its simplified variants and is not in GB 2312 (so never written in simplified text),
followed by its first simplified variant, read on through the table where that is one of its
characters too (so that the simplified form of a simplified form is itself).

usage: scripts/simplified-variants.py [Unihan_Variants.txt or .txt.bz2]
       (default /usr/share/unicode/Unihan_Variants.txt.bz2, Debian's unicode-data)
"""
import bz2
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/Unihan_Variants.txt.bz2"
opener = bz2.open if path.endswith(".bz2") else open


def in_gb2312(c):
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


table = {}
with opener(path, "rt", encoding="utf-8") as f:
    for line in f:
        if "\tkSimplifiedVariant\t" not in line:
            continue
        code, _, values = line.rstrip("\n").split("\t")
        c = chr(int(code[2:], 16))
        simplified = [chr(int(v[2:].split("<")[0], 16)) for v in values.split()]
        if ord(c) > 0xFFFF or ord(simplified[0]) > 0xFFFF or c in simplified or in_gb2312(c):
            continue
        table[c] = simplified[0]


def final(c):
    seen = {c}
    while table.get(c, c) not in seen:
        c = table.get(c, c)
        seen.add(c)
    return c


pairs = sorted(c + final(c) for c in table if final(c) != c)
for i in range(0, len(pairs), 32):
    print("      " + "".join(pairs[i:i + 32]))
