package dev.govreply.internal;

/**
 * A small set of characters, such as the punctuation that ends a sentence ({@code 。！？!?；;}),
 * asked one character at a time. Asking is quick for the characters of running text: a bit mask
 * of the members' low six bits says no at once to most characters that are not members, and only
 * the others are compared with the members. Immutable and thread-safe.
 */
public final class CharSet {
  private final char[] members;
  /** Bit {@code c & 63} is set for each member {@code c}. */
  private final long mask;

  private CharSet(char[] members, long mask) {
    this.members = members;
    this.mask = mask;
  }

  /**
   * The set of the characters of {@code chars}.
   *
   * @param chars the members, each once or more
   * @return the set
   */
  public static CharSet of(String chars) {
    char[] members = chars.chars().distinct().collect(StringBuilder::new,
        StringBuilder::appendCodePoint, StringBuilder::append).toString().toCharArray();
    long mask = 0;
    for (char c : members) {
      mask |= 1L << c;
    }
    return new CharSet(members, mask);
  }

  /**
   * Whether {@code c} is a member.
   *
   * @param c a character
   * @return true for a member
   */
  public boolean contains(char c) {
    return indexOf(c) >= 0;
  }

  /**
   * Where {@code c} stands among the members, in the order they were first given, or -1 when it
   * is not one.
   *
   * @param c a character
   * @return its index among the members, or -1
   */
  public int indexOf(char c) {
    if ((mask & (1L << c)) == 0) {
      return -1;
    }
    for (int i = 0; i < members.length; i++) {
      if (members[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first index in {@code [from, to)} of {@code t} that holds a member, or {@code to} when
   * none does.
   *
   * @param t a text
   * @param from where to start
   * @param to where to stop, exclusive
   * @return the index of the first member, or {@code to}
   */
  public int firstIn(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (contains(t.charAt(i))) {
        return i;
      }
    }
    return to;
  }

  /** The members, in the order first given. */
  @Override
  public String toString() {
    return new String(members);
  }
}
