package dev.govreply.text;

import dev.govreply.internal.Chars;

/**
 * The borders of a table's cells that a web page's text keeps when the reply was laid out in a
 * table: a rule of pipes alone ({@code ||||||}, {@code |}), a cell's left border before its text
 * ({@code | 天水市交通运输局关于…的答复}) and the right border after it, perhaps with the empty cells
 * of the row ({@code 天水市交通运输局 2019年7月18日 |}, {@code …的答复 | |||||}). They are the page's
 * layout, not the document's words: the reader reads the text between them, and the report
 * records them as consumed markup of their line. A pipe between two texts of a line ({@code 索引号:
 * | 1137…}) separates cells and stays part of the line.
 *
 * <p>A border is a pipe set off from the text by a blank: a pipe that touches the text ({@code
 * 甲|乙}, {@code 抄送：甲|}) is the text's own.
 */
final class CellBorders {
  private CellBorders() {}

  private static final char PIPE = '|';

  /**
   * The text of a table cell without the pipes and blanks of the borders at either end: {@code
   * |主动公开|} is {@code 主动公开}.
   */
  static String cell(String text) {
    int a = 0;
    int b = text.length();
    while (a < b && (text.charAt(a) == PIPE || Chars.isBlank(text.charAt(a)))) {
      a++;
    }
    while (b > a && (text.charAt(b - 1) == PIPE || Chars.isBlank(text.charAt(b - 1)))) {
      b--;
    }
    return text.substring(a, b);
  }

  /**
   * Where the text of {@code line} starts after a left border (blanks, a pipe and a blank), else
   * 0; the length of the line when it holds nothing but pipes and blanks.
   */
  static int textStart(String line) {
    int i = Chars.skipBlanks(line, 0);
    if (i == line.length() || line.charAt(i) != PIPE) {
      return 0;
    }
    if (onlyPipes(line, i)) {
      return line.length();
    }
    return i + 1 < line.length() && Chars.isBlank(line.charAt(i + 1))
        ? Chars.skipBlanks(line, i + 1) : 0;
  }

  /**
   * Where the text of {@code line} that starts at {@code start} ends before a right border (a
   * blank, then pipes and blanks to the end of the line), else the end of its last non-blank
   * character; {@code start} when nothing follows it.
   */
  static int textEnd(String line, int start) {
    int end = line.length();
    while (end > start && Chars.isBlank(line.charAt(end - 1))) {
      end--;
    }
    int e = end;
    // back over the pipes and blanks of the border: pipes only count when a blank stands
    // before the first of them
    while (e > start && (line.charAt(e - 1) == PIPE || Chars.isBlank(line.charAt(e - 1)))) {
      e--;
    }
    int text = e;
    while (text < end && line.charAt(text) != PIPE) {
      text++; // e stopped on blanks: the border starts at its first pipe
    }
    if (text == end || text == start || !Chars.isBlank(line.charAt(text - 1))) {
      return end; // no pipe, or a pipe touching the text
    }
    while (text > start && Chars.isBlank(line.charAt(text - 1))) {
      text--;
    }
    return text;
  }

  private static boolean onlyPipes(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != PIPE && !Chars.isBlank(c)) {
        return false;
      }
    }
    return true;
  }
}
