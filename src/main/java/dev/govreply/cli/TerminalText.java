package dev.govreply.cli;

import java.nio.file.Path;

/**
 * The one rule for text the command line shows to people (stderr messages, file names, {@code read
 * --report}, {@code read --to text}, {@code check} text output, the import summary): characters
 * that could drive a terminal or disguise text are written as a visible escape {@code \}{@code
 * uXXXX} (four upper-case hex digits), so a document or a file name cannot move the cursor, set
 * the window title, recolour the screen, reverse the reading order or forge output lines.
 *
 * <p>Escaped: the C0 controls U+0000–U+001F (TAB and LF are kept by {@link #escape} and escaped
 * by {@link #line}), DEL U+007F, the C1 controls U+0080–U+009F, the bidirectional controls U+061C,
 * U+200E, U+200F, U+202A–U+202E and U+2066–U+2069, and the separators U+2028 and U+2029.
 *
 * <p>A backslash is doubled only where it could be misread: when the next character of the text
 * is {@code u}, a backslash or a character that is escaped. So {@code C:\data\file.txt} stays as it
 * is, while a literal {@code \}{@code u001B} in a document is shown as {@code \\}{@code u001B}
 * and cannot be taken for an escaped ESC. The output reads back unambiguously: {@code \\} is one
 * backslash, {@code \}{@code uXXXX} is one escaped character, any other backslash is itself.
 *
 * <p>Machine-readable outputs (JSON, JSON Lines, CSV) are data and do not pass through here; JSON
 * escapes control characters itself.
 */
final class TerminalText {

  private TerminalText() {}

  /**
   * Text of one or more lines for a terminal: TAB and LF are kept, every other character named
   * in the class description is escaped.
   *
   * @param text the text
   * @return the text as it may be shown
   */
  static String escape(String text) {
    return escape(text, true);
  }

  /**
   * Text that must stay on one line, such as a file name or a message: TAB and LF are escaped
   * too, so a name holding a line break cannot forge a line of output.
   *
   * @param text the text
   * @return the text as it may be shown
   */
  static String line(String text) {
    return escape(text, false);
  }

  /**
   * A file name as it may be shown: {@link #line} of the path as given.
   *
   * @param file the path
   * @return the name as it may be shown
   */
  static String name(Path file) {
    return line(String.valueOf(file));
  }

  private static String escape(String text, boolean keepLines) {
    int first = 0;
    while (first < text.length() && !needsCare(text, first, keepLines)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isEscaped(c, keepLines)) {
        sb.append(String.format("\\u%04X", (int) c));
      } else if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == 'u'
          || text.charAt(i + 1) == '\\' || isEscaped(text.charAt(i + 1), keepLines))) {
        sb.append("\\\\");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean needsCare(String text, int i, boolean keepLines) {
    char c = text.charAt(i);
    return c == '\\' || isEscaped(c, keepLines);
  }

  /** Whether {@code c} is written as an escape (see the class description). */
  static boolean isEscaped(char c, boolean keepLines) {
    if (c < 0x20) {
      return !(keepLines && (c == '\t' || c == '\n'));
    }
    return c == 0x7F
        || (c >= 0x80 && c <= 0x9F)
        || c == 0x061C || c == 0x200E || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029;
  }
}
