package dev.govreply.legacy;

import dev.govreply.internal.Chars;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import java.util.Optional;

/**
 * Cells about the item a reply answers (建议, 提案): its kind, its number as printed and its title.
 * The session is read by the model ({@code Session.parse}). Stateless.
 */
final class MotionCells {
  private MotionCells() {}

  /**
   * The kind of item answered: 建议, 提案, 议案, or the enum constant's name (SUGGESTION…).
   *
   * @throws MalformedValueException (field {@code motion.kind}) for anything else
   */
  static MotionKind kind(String text) {
    Optional<MotionKind> k = MotionKind.fromChinese(text);
    if (k.isPresent()) {
      return k.get();
    }
    try {
      return MotionKind.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new MalformedValueException("motion.kind", text, -1,
          "not a kind of item (建议, 提案, 议案, SUGGESTION, PROPOSAL, MOTION)");
    }
  }

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

  /**
   * A title without surrounding 《》, “”, "", 「」 or ‘’ (also nested), trimmed: only a pair that
   * encloses the whole title, so 《关于a》和《关于b》 (two titles) stays as it is.
   */
  static String unquote(String text) {
    String t = Chars.strip(text);
    while (t.length() >= 2) {
      int q = OPENING_QUOTES.indexOf(t.charAt(0));
      if (q < 0 || !encloses(t, OPENING_QUOTES.charAt(q), CLOSING_QUOTES.charAt(q))) {
        break;
      }
      t = Chars.strip(t.substring(1, t.length() - 1));
    }
    return t;
  }

  /**
   * Whether the quote {@code open} that starts {@code t} is closed by its last character and not
   * before: quotes of the same kind inside pair up (nested 《《》》); a quote that opens and closes
   * alike ({@code "}) is closed by the next one.
   */
  private static boolean encloses(String t, char open, char close) {
    int last = t.length() - 1;
    if (open == close) {
      return t.indexOf(close, 1) == last;
    }
    int depth = 0;
    for (int i = 0; i <= last; i++) {
      char c = t.charAt(i);
      if (c == open) {
        depth++;
      } else if (c == close && --depth == 0) {
        return i == last;
      }
    }
    return false;
  }
}
