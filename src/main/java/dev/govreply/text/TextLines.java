package dev.govreply.text;

import dev.govreply.model.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * Splitting text into lines. A line ends at \r\n, \n, \r, U+2028, U+2029 or U+0085; a final
 * terminator adds no empty line.
 */
final class TextLines {
  private TextLines() {}

  /** Whether {@code text} has a terminator other than \n: else {@code indexOf('\n')} finds all. */
  private static boolean otherTerminators(String text) {
    return text.indexOf('\r') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0
        || text.indexOf('\u0085') >= 0;
  }

  /**
   * Where the line starting at {@code from} ends: the index of its terminator, or the length.
   *
   * @param onlyNewlines whether \n is the only terminator in the text (a vectorised search)
   */
  private static int end(String text, int from, boolean onlyNewlines) {
    if (onlyNewlines) {
      int i = text.indexOf('\n', from);
      return i < 0 ? text.length() : i;
    }
    for (int i = from, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        return i;
      }
    }
    return text.length();
  }

  /** Where the next line starts after a line ending at {@code end} (\r\n is one terminator). */
  private static int next(String text, int end) {
    if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
        && text.charAt(end + 1) == '\n') {
      return end + 2;
    }
    return end + 1;
  }

  /**
   * The lines of {@code text}, without terminators; a final terminator adds no empty line. A text
   * with more than {@link Limits#MAX_TEXT_LINES} lines or a line longer than {@link
   * Limits#MAX_STRING_LENGTH} chars is refused when that line is reached, naming it: no line over
   * a limit is made.
   *
   * @throws TextReadException naming the line and the limit
   */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    boolean onlyNewlines = !otherTerminators(text);
    int line = 0;
    for (int start = 0, n = text.length(); start < n; ) {
      int end = end(text, start, onlyNewlines);
      line++;
      if (line > Limits.MAX_TEXT_LINES) {
        throw new TextReadException(-1, line, "the text has more than " + Limits.MAX_TEXT_LINES
            + " lines (the most a text may have, Limits.MAX_TEXT_LINES)", null);
      }
      if (end - start > Limits.MAX_STRING_LENGTH) {
        throw new TextReadException(-1, line, "line " + line + " is " + (end - start)
            + " chars long, longer than the longest string a reply may hold ("
            + Limits.MAX_STRING_LENGTH + " chars, Limits.MAX_STRING_LENGTH)", null);
      }
      out.add(text.substring(start, end));
      start = next(text, end);
    }
    return out;
  }

  /** {@code s} as one line: any stray line-break character becomes a space. */
  static String singleLine(String s) {
    return s.replace('\r', ' ').replace('\n', ' ');
  }
}
