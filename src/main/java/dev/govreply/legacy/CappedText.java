package dev.govreply.legacy;

import java.util.Arrays;

/**
 * Text built character by character that keeps at most {@code cap} characters and counts all:
 * the raw text of a record, a value being read. Reusable ({@link #clear()}); not thread-safe.
 */
final class CappedText {
  private final int cap;
  private char[] buf = new char[256];
  private int kept;
  private long length;

  CappedText(int cap) {
    this.cap = cap;
  }

  void append(char c) {
    if (length++ < cap) {
      if (kept == buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min(cap, 2L * buf.length));
      }
      buf[kept++] = c;
    }
  }

  /** Appends {@code chars[from, to)}. */
  void append(char[] chars, int from, int to) {
    int n = (int) Math.min(to - from, cap - kept);
    if (n > 0) {
      if (kept + n > buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min(cap, Math.max(kept + n, 2L * buf.length)));
      }
      System.arraycopy(chars, from, buf, kept, n);
      kept += n;
    }
    length += to - from;
  }

  /** The number of characters appended since the last {@link #clear()}, kept or not. */
  long length() {
    return length;
  }

  /** Whether characters were appended beyond the cap. */
  boolean over() {
    return length > cap;
  }

  /** Whether every character is a space or tab (true when empty). */
  boolean blank() {
    for (int i = 0; i < kept; i++) {
      if (buf[i] != ' ' && buf[i] != '\t') {
        return false;
      }
    }
    return length == kept;
  }

  /** The characters kept (see {@link #toString(int)}). */
  @Override
  public String toString() {
    return toString(kept);
  }

  /**
   * The first {@code max} characters kept (all when fewer), not cutting a surrogate pair: when the
   * text is cut in the middle of one, its first half is left out too.
   */
  String toString(int max) {
    int n = Math.min(kept, max);
    if (n < length && n > 0 && Character.isHighSurrogate(buf[n - 1])) {
      n--;
    }
    return new String(buf, 0, n);
  }

  /** Takes back the last {@code n} characters appended. */
  void dropLast(long n) {
    length -= n;
    kept = (int) Math.min(kept, length);
  }

  void clear() {
    kept = 0;
    length = 0;
    if (buf.length > 64 * 1024) {
      buf = new char[256]; // a long value does not pin its buffer
    }
  }
}
