package dev.govreply.text;

import dev.govreply.findings.SourceSpan;
import dev.govreply.internal.Chars;
import java.util.List;

/**
 * A paragraph of the body, or a part of one, that knows where each of its characters was
 * printed, so that the body reader can record where each part of the body came from.
 *
 * <p>A paragraph is a String and the table of {@link SourceRuns} that says where its characters
 * came from; a part of it ({@link #sub}) is a window {@code [off, off + len)} of the same String
 * and table, and its text is made when it is first asked for. A paragraph of one source line
 * that needed no cleaning is the line's own String.
 */
final class Para implements CharSequence {
  /** The text of the whole paragraph this is a window of. */
  private final String paragraph;
  /** Where the characters of {@link #paragraph} came from. */
  private final SourceRuns runs;
  private final int off;
  private final int len;
  /** Whether the window reads each character in simplified form ({@link #simplified()}). */
  private final boolean simplified;
  /** The text of the window, made on first use. */
  private String text;
  /** {@link #simplified()} of a window that is not simplified, made on first use. */
  private Para simplifiedView;

  private Para(String paragraph, SourceRuns runs, int off, int len) {
    this(paragraph, runs, off, len, false);
  }

  private Para(String paragraph, SourceRuns runs, int off, int len, boolean simplified) {
    this.paragraph = paragraph;
    this.runs = runs;
    this.off = off;
    this.len = len;
    this.simplified = simplified;
  }

  /**
   * This window read in simplified form, character by character ({@link Chars#simplified(char)}:
   * 關於 reads as 关于): as long as this window, so positions in it are this window's.
   */
  Para simplified() {
    if (simplified) {
      return this;
    }
    if (simplifiedView == null) {
      simplifiedView = new Para(paragraph, runs, off, len, true);
    }
    return simplifiedView;
  }

  /** The text of {@code line} as it was printed. */
  static Para of(Line line) {
    String t = line.text();
    return new Para(t, SourceRuns.of(line.number(), line.column()), 0, t.length());
  }

  /** The paragraph of {@code parts} one after the other (the first itself when it is alone). */
  static Para join(List<Para> parts) {
    return join(parts, null, 0);
  }

  /**
   * The paragraph of {@code parts} one after the other without the characters of the ranges
   * {@code drop[0, count)}: pairs {@code [start, end)} of indices in the joined text, in ascending
   * order, each within one part. The first part itself when it is alone and nothing is dropped.
   */
  static Para join(List<Para> parts, int[] drop, int count) {
    if (parts.size() == 1 && count == 0) {
      return parts.get(0);
    }
    int n = 0; // the characters kept
    for (Para p : parts) {
      n += p.len;
    }
    for (int d = 0; d < count; d += 2) {
      n -= drop[d + 1] - drop[d];
    }
    char[] kept = new char[n];
    // usually a run for each part and one more after each dropped range
    SourceRuns from = new SourceRuns(parts.size() + count / 2);
    int k = 0; // the characters kept so far
    int at = 0; // where the part starts in the joined text
    int d = 0;
    for (Para p : parts) {
      int r = p.runs.runOf(p.off); // the run of the part's next kept character
      int start = 0; // the part's characters from here on are kept up to the next dropped range
      while (true) {
        boolean dropped = d < count && drop[d] < at + p.len;
        int end = dropped ? drop[d] - at : p.len;
        if (start < end) {
          p.paragraph.getChars(p.off + start, p.off + end, kept, k);
          r = p.runs.copy(r, p.off + start, p.off + end, k - (p.off + start), from);
          k += end - start;
        }
        if (!dropped) {
          break;
        }
        start = drop[d + 1] - at;
        d += 2;
      }
      at += p.len;
    }
    return new Para(new String(kept), from, 0, n);
  }

  /** The text. */
  String text() {
    String t = text;
    if (t == null) {
      t = off == 0 && len == paragraph.length()
          ? paragraph : paragraph.substring(off, off + len);
      t = simplified ? Chars.simplified(t) : t;
      text = t;
    }
    return t;
  }

  /** Character {@code i}. */
  @Override
  public char charAt(int i) {
    if (i < 0 || i >= len) {
      throw new StringIndexOutOfBoundsException("index " + i + ", length " + len);
    }
    char c = paragraph.charAt(off + i);
    return simplified ? Chars.simplified(c) : c;
  }

  /** The number of characters. */
  @Override
  public int length() {
    return len;
  }

  @Override
  public boolean isEmpty() {
    return len == 0;
  }

  @Override
  public Para subSequence(int start, int end) {
    return sub(start, end);
  }

  /** The index of the first {@code c} at or after {@code from}, or -1. */
  int indexOf(char c, int from) {
    int i = paragraph.indexOf(c, off + Math.max(from, 0));
    return i < 0 || i >= off + len ? -1 : i - off;
  }

  /** The source line of character {@code i}. */
  int line(int i) {
    return runs.line(runs.runOf(off + i));
  }

  /** The source column of character {@code i}. */
  int col(int i) {
    int at = off + i;
    return runs.column(runs.runOf(at), at);
  }

  /**
   * Where characters {@code [start, end)} were printed, the range kept within this non-empty
   * paragraph and at least one character long.
   */
  SourceSpan span(int start, int end) {
    int s = Math.min(Math.max(start, 0), len - 1);
    int e = Math.min(Math.max(end - 1, s), len - 1);
    int l1 = line(s);
    int l2 = line(e);
    return l1 == l2 ? SourceSpan.ofLine(l1, col(s), Math.max(col(e) + 1, col(s)))
        : new SourceSpan(l1, col(s), l2, col(e) + 1);
  }

  /** The source line of character {@code index}, kept within the paragraph (0 when empty). */
  int lineAt(int index) {
    if (len == 0) {
      return 0;
    }
    return line(Math.min(Math.max(index, 0), len - 1));
  }

  /** Characters {@code [start, end)}: a window of the same paragraph. */
  Para sub(int start, int end) {
    if (start < 0 || end > len || start > end) {
      throw new StringIndexOutOfBoundsException(
          "begin " + start + ", end " + end + ", length " + len);
    }
    if (start == 0 && end == len) {
      return this;
    }
    return new Para(paragraph, runs, off + start, end - start, simplified);
  }

  /** Characters {@code [start, end)} without surrounding blanks. */
  Para strip(int start, int end) {
    int s = skipBlanks(start, end);
    return sub(s, trimEnd(s, end));
  }

  /** The first index in {@code [start, end)} that is not a blank, else {@code end}. */
  int skipBlanks(int start, int end) {
    int s = start;
    while (s < end && Chars.isBlank(paragraph.charAt(off + s))) {
      s++;
    }
    return s;
  }

  /** The index of the first blank at or after {@code from}, else the length. */
  int nextBlank(int from) {
    int i = Math.max(from, 0);
    while (i < len && !Chars.isBlank(paragraph.charAt(off + i))) {
      i++;
    }
    return i;
  }

  /** The end of {@code [start, end)} without trailing blanks (at least {@code start}). */
  int trimEnd(int start, int end) {
    int e = end;
    while (e > start && Chars.isBlank(paragraph.charAt(off + e - 1))) {
      e--;
    }
    return e;
  }

  /** This paragraph followed by {@code other}. */
  Para concat(Para other) {
    return join(List.of(this, other));
  }

  /**
   * This paragraph without the characters of the ranges {@code drop[0, count)}: pairs {@code
   * [start, end)} in ascending order that do not overlap.
   */
  Para closeUp(int[] drop, int count) {
    return join(List.of(this), drop, count);
  }

  /** Records that this paragraph's text went to {@code path}: once for each of its lines. */
  void target(ReadContext ctx, String path) {
    if (len == 0) {
      return;
    }
    int previous = -1;
    for (int r = runs.runOf(off); r < runs.count() && runs.start(r) < off + len; r++) {
      int line = runs.line(r);
      if (line != previous) {
        previous = line;
        ctx.target(line, path);
      }
    }
  }

  @Override
  public String toString() {
    return text();
  }
}
