package dev.govreply.text;

/**
 * The entry points that other recognisers of the package called before the body's rules moved
 * to {@link Numbering} and {@link Paragraphs}; each delegates to the one place its rule lives.
 * Kept until those callers use the rules directly ({@link LayoutReader#numberedHeading}:
 * {@link Numbering#startsWithHeadingNumber}; {@code LineMarks} and {@code TailReader}: {@link
 * Paragraphs#han}).
 */
final class BodyScan {
  private BodyScan() {}

  /** Whether {@code cp} is of the Han script ({@link Paragraphs#han}). */
  static boolean han(int cp) {
    return Paragraphs.han(cp);
  }

  /** The end of a measure number 一、 at the start of {@code t}, or -1 ({@link Numbering}). */
  static int measureEnd(CharSequence t) {
    return end(t, Numbering.MEASURE);
  }

  /** The end of a number （一） at the start of {@code t}, or -1 ({@link Numbering}). */
  static int parenthesizedEnd(CharSequence t) {
    return end(t, Numbering.PARENTHESIZED);
  }

  /** The end of a number 1. at the start of {@code t}, or -1 ({@link Numbering}). */
  static int arabicEnd(CharSequence t) {
    return end(t, Numbering.ARABIC);
  }

  /** The end of a number （1） at the start of {@code t}, or -1 ({@link Numbering}). */
  static int parenthesizedArabicEnd(CharSequence t) {
    return end(t, Numbering.PARENTHESIZED_ARABIC);
  }

  private static int end(CharSequence t, Numbering numbering) {
    Numbering.Number n = Numbering.at(t, 0);
    return n != null && n.numbering() == numbering ? n.end() : -1;
  }
}
