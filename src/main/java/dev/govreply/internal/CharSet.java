package dev.govreply.internal;

/**
 * A small set of characters, such as the punctuation that ends a sentence ({@code 。！？!?；;}),
 * asked one character at a time. Asking takes two array reads whatever the size of the set: the
 * characters are grouped into pages of 256 by their high byte, only the pages that hold a member
 * exist, and a page gives each of its characters' index in the set. Immutable and thread-safe.
 */
public final class CharSet {
  private final char[] members;
  /**
   * The pages, by a character's high byte: null where no member has that high byte, else the
   * member's index plus one for each low byte (0 for a character that is not a member).
   */
  private final byte[][] pages = new byte[256][];

  private CharSet(char[] members) {
    if (members.length > 127) {
      throw new IllegalArgumentException("a CharSet holds at most 127 characters");
    }
    this.members = members;
    for (int i = 0; i < members.length; i++) {
      char c = members[i];
      if (pages[c >>> 8] == null) {
        pages[c >>> 8] = new byte[256];
      }
      pages[c >>> 8][c & 0xFF] = (byte) (i + 1);
    }
  }

  /**
   * The set of the characters of {@code chars}.
   *
   * @param chars the members, each once or more (at most 127 different characters)
   * @return the set
   * @throws IllegalArgumentException for more than 127 different characters
   */
  public static CharSet of(String chars) {
    char[] members = chars.chars().distinct().collect(StringBuilder::new,
        StringBuilder::appendCodePoint, StringBuilder::append).toString().toCharArray();
    return new CharSet(members);
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
    byte[] page = pages[c >>> 8];
    return page == null ? -1 : page[c & 0xFF] - 1;
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
  public int firstIn(CharSequence t, int from, int to) {
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
