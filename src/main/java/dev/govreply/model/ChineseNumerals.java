package dev.govreply.model;

/** Chinese numerals (stub). */
public final class ChineseNumerals {
  private ChineseNumerals() {}

  /** Parses. */
  public static int parse(CharSequence text) {
    throw new UnsupportedOperationException();
  }

  /** Formats. */
  public static String format(int n) {
    throw new UnsupportedOperationException();
  }

  /** Is numeral char. */
  public static boolean isNumeralChar(char c) {
    return false;
  }
}
