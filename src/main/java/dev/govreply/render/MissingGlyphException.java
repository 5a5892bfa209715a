package dev.govreply.render;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A character of the reply that none of the fonts given to a {@link PdfRenderer} can draw. The
 * PDF is not written: a missing glyph would print as a box or nothing. Add a font that has the
 * character ({@link PdfFonts#and(PdfFonts)}, or {@code --font} on the command line).
 */
public final class MissingGlyphException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The character. */
  private final int codePoint;
  /** The line of the reply's layout, from 1. */
  private final int line;
  /** The character's index in that line. */
  private final int index;
  /** The line's role. */
  private final String role;

  MissingGlyphException(int codePoint, int line, int index, String role, List<String> fonts) {
    super(String.format(Locale.ROOT, "no font given has a glyph for '%s' (U+%04X %s) %s; fonts:"
        + " %s; add a font that has it", new String(Character.toChars(codePoint)), codePoint,
        Objects.requireNonNullElse(Character.getName(codePoint), "unassigned"),
        line == 0 ? "in the page numbers" : String.format(Locale.ROOT,
            "at index %d of line %d of the reply's layout (%s)", index, line, role),
        String.join(", ", fonts)));
    this.codePoint = codePoint;
    this.line = line;
    this.index = index;
    this.role = role;
  }

  /**
   * The character no font has.
   *
   * @return its code point
   */
  public int codePoint() {
    return codePoint;
  }

  /**
   * The line of the reply's layout ({@link dev.govreply.text.ReplyLayout#of}) that holds it.
   *
   * @return the line, from 1; 0 when the page numbers (— 1 —) need the character
   */
  public int line() {
    return line;
  }

  /**
   * Where the character is in its line ({@link dev.govreply.text.ReplyLayout.Line#whole()}).
   *
   * @return the char index, from 0
   */
  public int index() {
    return index;
  }

  /**
   * What the line is: {@code TITLE}, {@code SIGNATURE}, ….
   *
   * @return the name of the line's {@link dev.govreply.text.ReplyLayout.Role}, or
   *     {@code PAGE_NUMBER} for the page numbers
   */
  public String role() {
    return role;
  }
}
