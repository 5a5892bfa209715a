package dev.govreply.model;

import java.util.Arrays;

/**
 * The digits of a printed phone number's main part (before an extension marker) as ASCII, in the
 * groups the print separates them into (by blanks, dashes, the bracket that closes an area code),
 * each with the index in the printed text where it starts. {@link PhoneNumber#parse} adds the
 * digits one at a time and ends a group at each separator; not thread-safe.
 */
final class PhoneDigitGroups {
  /** The digits of every group, in order. */
  private final StringBuilder digits = new StringBuilder(16);
  /** Where each group ends in {@link #digits}; {@link #count} of them. */
  private int[] ends = new int[4];
  /** Where each group starts in the printed text. */
  private int[] starts = new int[4];
  private int count;
  /** Where the group being read starts in the printed text; -1 between groups. */
  private int open = -1;

  /** Adds digit {@code d}, printed at index {@code at} of the text. */
  void add(int d, int at) {
    addSymbol((char) ('0' + d), at);
  }

  /** Adds a digit the publisher masked ({@code *}), printed at index {@code at} of the text. */
  void addMask(int at) {
    addSymbol('*', at);
  }

  private void addSymbol(char symbol, int at) {
    if (open < 0) {
      open = at;
    }
    digits.append(symbol);
  }

  /** Whether a group is being read: a digit came since the last {@link #end()}. */
  boolean reading() {
    return open >= 0;
  }

  /** Ends the group being read, if any. */
  void end() {
    if (open < 0) {
      return;
    }
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, 2 * count);
      starts = Arrays.copyOf(starts, 2 * count);
    }
    ends[count] = digits.length();
    starts[count] = open;
    count++;
    open = -1;
  }

  /** The number of groups ended. */
  int size() {
    return count;
  }

  /** The digits of group {@code g} (from 0). */
  String group(int g) {
    return digits.substring(begin(g), ends[g]);
  }

  /** The number of digits of group {@code g}. */
  int length(int g) {
    return ends[g] - begin(g);
  }

  /** Where group {@code g} starts in the printed text. */
  int start(int g) {
    return starts[g];
  }

  /** The digits of the groups from {@code g} on, joined. */
  String from(int g) {
    return digits.substring(begin(g));
  }

  /**
   * The index in the printed text of digit {@code k} (from 0) of the groups joined, or -1 when
   * there are fewer digits; the digits of one group are contiguous unless blanks came between.
   */
  int textIndex(int k) {
    for (int g = 0; g < count; g++) {
      if (k < length(g)) {
        return starts[g] + k;
      }
      k -= length(g);
    }
    return -1;
  }

  /** Where group {@code g} begins in {@link #digits}. */
  private int begin(int g) {
    return g == 0 ? 0 : ends[g - 1];
  }
}
