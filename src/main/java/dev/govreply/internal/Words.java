package dev.govreply.internal;

import java.util.List;

/**
 * A list of words the genre uses as a group (the words a collective's name ends with, the
 * widgets of a web page, the words of an opening formula), asked of a text: does it hold one of
 * them, start or end with one? A text is read once, a character at a time; where a character
 * stands that words of the list begin with, those words (and only those) are compared there.
 * Immutable and thread-safe.
 */
public final class Words {
  private final List<String> words;
  /** The first characters of the words. */
  private final CharSet first;
  /** The words that begin with each first character, by its index in {@link #first}, in order. */
  private final String[][] byFirst;
  /** The last characters of the words. */
  private final CharSet last;

  private Words(List<String> words) {
    this.words = words;
    StringBuilder f = new StringBuilder();
    StringBuilder l = new StringBuilder();
    for (String w : words) {
      f.append(w.charAt(0));
      l.append(w.charAt(w.length() - 1));
    }
    this.first = CharSet.of(f.toString());
    this.last = CharSet.of(l.toString());
    String members = first.toString();
    this.byFirst = new String[members.length()][];
    for (int k = 0; k < members.length(); k++) {
      char c = members.charAt(k);
      byFirst[k] = words.stream().filter(w -> w.charAt(0) == c).toArray(String[]::new);
    }
  }

  /**
   * The list of {@code words}, in this order (the order in which {@link #startingAt} tries them).
   *
   * @param words the words, none empty
   * @return the list
   * @throws IllegalArgumentException if a word is empty, or if the words begin (or end) with more
   *     than 127 different characters (see {@link CharSet#of})
   */
  public static Words of(String... words) {
    return of(List.of(words));
  }

  /**
   * The list of {@code words}, in this order (the order in which {@link #startingAt} tries them).
   *
   * @param words the words, none empty
   * @return the list
   * @throws IllegalArgumentException if a word is empty, or if the words begin (or end) with more
   *     than 127 different characters (see {@link CharSet#of})
   */
  public static Words of(List<String> words) {
    for (String w : words) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("a word must not be empty");
      }
    }
    return new Words(List.copyOf(words));
  }

  /**
   * The words, in order.
   *
   * @return the words
   */
  public List<String> list() {
    return words;
  }

  /**
   * Whether {@code t} holds one of the words anywhere.
   *
   * @param t a text
   * @return true when a word is in it
   */
  public boolean in(String t) {
    return indexIn(t, 0) >= 0;
  }

  /**
   * Where the first word found in {@code t} at or after {@code from} starts, or -1.
   *
   * @param t a text
   * @param from where to start looking
   * @return the index of the leftmost word, or -1 when none is there
   */
  public int indexIn(String t, int from) {
    for (int i = Math.max(from, 0), n = t.length(); i < n; i++) {
      int k = first.indexOf(t.charAt(i));
      if (k >= 0 && startingWith(k, t, i) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The first word beginning with first character {@code k} that {@code t} has at {@code i}. */
  private String startingWith(int k, String t, int i) {
    for (String w : byFirst[k]) {
      if (t.startsWith(w, i)) {
        return w;
      }
    }
    return null;
  }

  /**
   * The first word of the list that {@code t} has at {@code i}, or null.
   *
   * @param t a text
   * @param i an index in it
   * @return the word, or null
   */
  public String startingAt(String t, int i) {
    if (i < 0 || i >= t.length()) {
      return null;
    }
    int k = first.indexOf(t.charAt(i));
    return k < 0 ? null : startingWith(k, t, i);
  }

  /**
   * Whether {@code t} starts with one of the words.
   *
   * @param t a text
   * @return true when it does
   */
  public boolean startOf(String t) {
    return startingAt(t, 0) != null;
  }

  /**
   * The first word of the list that {@code t} ends with, or null.
   *
   * @param t a text
   * @return the word, or null
   */
  public String endOf(String t) {
    if (t.isEmpty() || !last.contains(t.charAt(t.length() - 1))) {
      return null;
    }
    for (String w : words) {
      if (t.endsWith(w)) {
        return w;
      }
    }
    return null;
  }

  /** The words, as a list prints. */
  @Override
  public String toString() {
    return words.toString();
  }
}
