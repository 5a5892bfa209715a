package dev.govreply.text;

import dev.govreply.internal.Chars;

/**
 * A paragraph of the body, or a part of one, with the source line and column of each of its
 * characters, so that the body reader can record where each part of the body came from.
 *
 * <p>The characters and their positions are a window {@code [off, off + len)} of arrays that the
 * paragraphs of one read share ({@link Paragraphs} fills them): a part of a paragraph ({@link
 * #sub}) is a window of the same arrays, and its text is made when it is first asked for. A
 * window is not written after its paragraph is made, except by {@link #closeUp}, which the
 * paragraph whose window it is calls before it is used.
 */
final class Para implements CharSequence {
  private final char[] chars;
  private final int[] line;
  private final int[] col;
  private final int off;
  private final int len;
  /** The text of the window, made on first use. */
  private String text;

  /**
   * The window {@code [off, off + len)} of the arrays.
   *
   * @param text the text of the window when it is at hand (a source line kept as it is), else null
   */
  Para(char[] chars, int[] line, int[] col, int off, int len, String text) {
    this.chars = chars;
    this.line = line;
    this.col = col;
    this.off = off;
    this.len = len;
    this.text = text;
  }

  /**
   * The paragraph from the start of {@code first} to the end of {@code last}: two windows of the
   * same arrays, {@code last} not before {@code first}.
   */
  static Para span(Para first, Para last) {
    if (first == last) {
      return first;
    }
    if (first.chars != last.chars || last.off < first.off) {
      throw new IllegalArgumentException("not windows of one paragraph buffer");
    }
    return new Para(first.chars, first.line, first.col, first.off,
        last.off + last.len - first.off, null);
  }

  /** The text. */
  String text() {
    String t = text;
    if (t == null) {
      t = new String(chars, off, len);
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
    return chars[off + i];
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
    for (int i = Math.max(from, 0); i < len; i++) {
      if (chars[off + i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** The source line of character {@code i}. */
  int line(int i) {
    return line[off + i];
  }

  /** The source column of character {@code i}. */
  int col(int i) {
    return col[off + i];
  }

  /** The source line of character {@code index}, kept within the paragraph (0 when empty). */
  int lineAt(int index) {
    if (len == 0) {
      return 0;
    }
    return line[off + Math.min(Math.max(index, 0), len - 1)];
  }

  /** Characters {@code [start, end)}: a window of the same arrays. */
  Para sub(int start, int end) {
    if (start < 0 || end > len || start > end) {
      throw new StringIndexOutOfBoundsException(
          "begin " + start + ", end " + end + ", length " + len);
    }
    if (start == 0 && end == len) {
      return this;
    }
    return new Para(chars, line, col, off + start, end - start, null);
  }

  /** Characters {@code [start, end)} without surrounding blanks. */
  Para strip(int start, int end) {
    int s = skipBlanks(start, end);
    return sub(s, trimEnd(s, end));
  }

  /** The first index in {@code [start, end)} that is not a blank, else {@code end}. */
  int skipBlanks(int start, int end) {
    int s = start;
    while (s < end && Chars.isBlank(chars[off + s])) {
      s++;
    }
    return s;
  }

  /** The index of the first blank at or after {@code from}, else the length. */
  int nextBlank(int from) {
    int i = Math.max(from, 0);
    while (i < len && !Chars.isBlank(chars[off + i])) {
      i++;
    }
    return i;
  }

  /** The end of {@code [start, end)} without trailing blanks (at least {@code start}). */
  int trimEnd(int start, int end) {
    int e = end;
    while (e > start && Chars.isBlank(chars[off + e - 1])) {
      e--;
    }
    return e;
  }

  /** This paragraph followed by {@code other}, in arrays of their own. */
  Para concat(Para other) {
    int n = len;
    int m = other.len;
    char[] a = new char[n + m];
    int[] l = new int[n + m];
    int[] c = new int[n + m];
    System.arraycopy(chars, off, a, 0, n);
    System.arraycopy(line, off, l, 0, n);
    System.arraycopy(col, off, c, 0, n);
    System.arraycopy(other.chars, other.off, a, n, m);
    System.arraycopy(other.line, other.off, l, n, m);
    System.arraycopy(other.col, other.off, c, n, m);
    return new Para(a, l, c, 0, n + m, null);
  }

  /**
   * This paragraph without the characters of the ranges {@code drop[0, count)}, pairs {@code
   * [start, end)} in ascending order that do not overlap: the kept characters, with their
   * positions, move down in this paragraph's window, which only this paragraph may use; it is not
   * used after this call.
   */
  Para closeUp(int[] drop, int count) {
    int n = drop[0]; // nothing before the first dropped range moves
    for (int d = 0; d < count; d += 2) {
      int from = off + drop[d + 1];
      int to = off + (d + 2 < count ? drop[d + 2] : len);
      System.arraycopy(chars, from, chars, off + n, to - from);
      System.arraycopy(line, from, line, off + n, to - from);
      System.arraycopy(col, from, col, off + n, to - from);
      n += to - from;
    }
    return new Para(chars, line, col, off, n, null);
  }

  /** Records that this paragraph's text went to {@code path}: once for each of its lines. */
  void target(ReadContext ctx, String path) {
    int previous = -1;
    for (int i = off, e = off + len; i < e; i++) {
      if (line[i] != previous) {
        previous = line[i];
        ctx.target(previous, path);
      }
    }
  }

  @Override
  public String toString() {
    return text();
  }
}
