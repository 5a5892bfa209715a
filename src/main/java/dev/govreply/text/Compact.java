package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;

/**
 * A run of line parts as one matching string: the {@linkplain TextNorm#key(String) key} of their
 * text with blanks (and, optionally, inserted pinyin glosses such as {@code (wàn)}) removed, with a
 * map from every key character back to its line part and index, so that a match can be cut from
 * the original text as printed and located for findings.
 */
final class Compact {
  final String key;
  final List<Line> parts;
  private final int[] part;
  private final int[] index;

  private Compact(String key, List<Line> parts, int[] part, int[] index) {
    this.key = key;
    this.parts = parts;
    this.part = part;
    this.index = index;
  }

  /** The compact form of one line part. */
  static Compact of(Line line, boolean stripGlosses) {
    return of(List.of(line), stripGlosses);
  }

  /** The compact form of several line parts in order. */
  static Compact of(List<Line> parts, boolean stripGlosses) {
    int total = 0;
    for (Line l : parts) {
      total += l.text().length();
    }
    char[] kept = new char[total];
    int count = 0;
    int[] p = new int[total];
    int[] x = new int[total];
    for (int k = 0; k < parts.size(); k++) {
      Line line = parts.get(k);
      String t = line.text();
      String key = line.key();
      int n = t.length();
      for (int i = 0; i < n; i++) {
        char o = t.charAt(i);
        char c = key.charAt(i);
        if (Chars.isBlank(c) || Chars.isBlank(o)) {
          continue;
        }
        if (stripGlosses && c == '(' && i > 0) {
          int end = glossEnd(key, i);
          if (end > 0) {
            i = end - 1;
            continue;
          }
        }
        p[count] = k;
        x[count] = i;
        kept[count++] = c;
      }
    }
    return new Compact(new String(kept, 0, count), List.copyOf(parts), p, x);
  }

  /**
   * If a pinyin gloss such as {@code (wàn)} starts at {@code open} right after a Han character,
   * the index after its closing bracket; else -1.
   */
  static int glossEnd(String key, int open) {
    int j = open - 1;
    while (j >= 0 && Chars.isBlank(key.charAt(j))) {
      j--;
    }
    if (j < 0 || !(Chars.isHan(key.charAt(j)) || key.charAt(j) == ')')) {
      return -1;
    }
    int i = open + 1;
    int letters = 0;
    while (i < key.length() && letters <= 8) {
      char c = key.charAt(i);
      if (c == ')') {
        return letters > 0 ? i + 1 : -1;
      }
      if (!isPinyinLetter(c)) {
        return -1;
      }
      letters++;
      i++;
    }
    return -1;
  }

  private static boolean isPinyinLetter(char c) {
    return (c >= 'a' && c <= 'z') || "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ".indexOf(c) >= 0;
  }

  int length() {
    return key.length();
  }

  /** The line part of key char {@code k}. */
  Line lineOf(int k) {
    return parts.get(part[k]);
  }

  /** The index within its line part's text of key char {@code k}. */
  int indexOf(int k) {
    return index[k];
  }

  /**
   * The original text of key range {@code [from, to)}, as printed (blanks and glosses inside the
   * range kept; parts joined without separator).
   */
  String original(int from, int to) {
    if (from >= to) {
      return "";
    }
    int pa = part[from];
    int pb = part[to - 1];
    int ia = index[from];
    int ib = index[to - 1] + 1;
    if (pa == pb) {
      return parts.get(pa).text().substring(ia, ib);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(parts.get(pa).text().substring(ia));
    for (int k = pa + 1; k < pb; k++) {
      sb.append(parts.get(k).text());
    }
    sb.append(parts.get(pb).text(), 0, ib);
    return sb.toString();
  }

  /** The original text of {@code [from, to)} with all blanks removed. */
  String value(int from, int to) {
    return Chars.removeBlanks(original(from, to));
  }

  /** The line numbers that key range {@code [from, to)} touches, in order, without repeats. */
  int[] lineNumbers(int from, int to) {
    if (from >= to) {
      return new int[0];
    }
    int pa = part[from];
    int pb = part[to - 1];
    int[] out = new int[pb - pa + 1];
    int n = 0;
    int last = -1;
    for (int k = pa; k <= pb; k++) {
      int ln = parts.get(k).number();
      if (ln != last) {
        out[n++] = ln;
        last = ln;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
