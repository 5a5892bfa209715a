package dev.govreply.internal;

/**
 * A small set of characters, such as the punctuation that ends a sentence ({@code 。！？!?；;}),
 * asked one character at a time. Asking takes the same few steps whatever the size of the set: a
 * bit mask of the members' low six bits says no at once to most characters that are not members,
 * and the others are looked for in a small open hash table (from the slot their hash points to,
 * until they or an empty slot are found). Immutable and thread-safe.
 */
public final class CharSet {
  private final char[] members;
  /** The open hash table: a member's index plus one in its slot, 0 for an empty slot. */
  private final byte[] slots;
  /** The characters of the slots (meaningful where {@link #slots} is not 0). */
  private final char[] keys;
  private final int tableMask;
  /** Bit {@code c & 63} is set for each member {@code c}. */
  private final long mask;

  private CharSet(char[] members) {
    if (members.length > 127) {
      throw new IllegalArgumentException("a CharSet holds at most 127 characters");
    }
    this.members = members;
    int size = Integer.highestOneBit(Math.max(members.length, 1) * 4 - 1) << 1;
    this.slots = new byte[size];
    this.keys = new char[size];
    this.tableMask = size - 1;
    long m = 0;
    for (int i = 0; i < members.length; i++) {
      m |= 1L << members[i];
      int h = hash(members[i]) & tableMask;
      while (slots[h] != 0) {
        h = (h + 1) & tableMask;
      }
      slots[h] = (byte) (i + 1);
      keys[h] = members[i];
    }
    this.mask = m;
  }

  private static int hash(char c) {
    return c * 0x9E3779B1 >>> 16;
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
    if ((mask & (1L << c)) == 0) {
      return -1;
    }
    for (int h = hash(c) & tableMask; slots[h] != 0; h = (h + 1) & tableMask) {
      if (keys[h] == c) {
        return slots[h] - 1;
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
