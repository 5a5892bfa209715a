package dev.govreply.legacy;

import dev.govreply.internal.Chars;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.Motion;

/**
 * Cells about the item a reply answers (建议, 提案): its number as printed and its title. The kind
 * and the session are read by the model ({@code MotionKind}, {@code Session.parse}). Stateless.
 */
final class MotionCells {
  private MotionCells() {}

  /**
   * A motion number as printed, without 第, 号 and blanks: 第241号 → 241; leading zeros kept.
   *
   * @throws MalformedValueException (field {@code motion.number}) when the rest is not an item
   *     number (digits after an optional letter prefix)
   */
  static String motionNumber(String text) {
    String k = Chars.removeBlanks(CellValues.asciiDigits(text));
    if (k.startsWith("第")) {
      k = k.substring(1);
    }
    if (k.endsWith("号") || k.endsWith("號")) {
      k = k.substring(0, k.length() - 1);
    }
    if (k.isEmpty()) {
      throw new MalformedValueException("motion.number", text, -1, "no number given");
    }
    // the model's rule (digits after an optional letter prefix), checked here so that the error
    // names the column it came from
    Motion.builder().number(k).build();
    return k;
  }

  /** The quotes a title may stand in, opening and closing at the same index: 《》 “” "" 「」 ‘’. */
  private static final String OPENING_QUOTES = "《“\"「‘";
  private static final String CLOSING_QUOTES = "》”\"」’";

  /** A title without surrounding 《》, “”, "", 「」 or ‘’ (also nested), trimmed. */
  static String unquote(String text) {
    String t = Chars.strip(text);
    while (t.length() >= 2) {
      int q = OPENING_QUOTES.indexOf(t.charAt(0));
      if (q < 0 || CLOSING_QUOTES.charAt(q) != t.charAt(t.length() - 1)) {
        break;
      }
      t = Chars.strip(t.substring(1, t.length() - 1));
    }
    return t;
  }
}
