package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;

/**
 * A title with the document's number printed fused at its head, as a portal's heading joins the
 * two: {@code 津民政函〔2025〕35号关于区十八届人大七次会议第188号建议办理情况的答复函}, or after it past a
 * blank: {@code 沈丘县公安局关于县人大代表015号建议的答复 沈公复〔2023〕01号}. The number is the
 * document's (read as its marks are, {@link LineMarks}) and the title is the rest of the line
 * ({@link TitleReader}), perhaps naming its issuer before 关于/对 ({@code
 * 屯教〔2021〕122号屯昌县教育局关于…的答复}); nothing of either is taken that the two recognisers
 * would not take on lines of their own. A heading may set the number apart by brackets round it
 * or a dash after it ({@code (东文旅发〔2020〕29号)关于…}, {@code 德教议复字〔2022〕25号——德江县教育局关于…}):
 * those are consumed markup of the line.
 */
final class NumberedTitle {
  private NumberedTitle() {}

  /**
   * A line split into the document's number and the title after it.
   *
   * @param number the part of the line that is the document number alone
   * @param title the rest of the line, a title on its own
   * @param apart the brackets round the number and the dash after it that set the two apart,
   *     markup of the line (empty strings where the heading prints none)
   */
  record Split(Line number, Line title, List<String> apart) {
    Split(Line number, Line title) {
      this(number, title, List.of());
    }
  }

  /** Dashes that may set the number at the head of a heading apart from the title after it. */
  private static final String DASHES = "-－—–―";

  /** The most chars a document number takes at the head of a line. */
  private static final int NUMBER_REACH = 30;

  /**
   * The split of {@code line}, where the title {@code found} starts, or null: the title is on
   * that line alone and its words before 关于/对 name no issuer ({@link TitleReader#titleStart}),
   * the line starts with a part that is a document number alone, ending with its 号 within
   * {@value #NUMBER_REACH} chars, and the rest of the line, from right after that 号, is a title
   * (perhaps its issuer's name before 关于/对) and nothing else.
   */
  static Split of(TitleReader.Found found, Line line) {
    if (found.first() != found.last() || TitleReader.titleStart(found.compact().key) >= 0) {
      return null;
    }
    String t = line.text();
    char closer = t.isEmpty() ? 0 : Chars.closingBracket(t.charAt(0));
    Split bracketed = closer == 0 ? null : split(line, closer);
    // a bracket that opens the number itself: (2020)东文旅发29号关于…
    return bracketed != null ? bracketed : split(line, (char) 0);
  }

  /**
   * The split of {@code line} at the first 号 after which the rest is a title, with the number
   * in brackets closed by {@code closer} ({@link Chars#closingBracket}) or, where it is 0, from
   * the line's start; or null.
   */
  private static Split split(Line line, char closer) {
    String t = line.text();
    int start = closer == 0 ? 0 : 1; // where the number starts
    for (int end = t.indexOf('号', start); end >= 0 && end < NUMBER_REACH;
        end = t.indexOf('号', end + 1)) {
      int closed = end + 1; // where the number, and its closing bracket if any, end
      if (closer != 0) {
        if (closed == t.length() || t.charAt(closed) != closer) {
          continue;
        }
        closed++;
      }
      int from = pastDash(t, closed); // where the title starts
      if (from == t.length()) {
        return null;
      }
      Line number = line.part(start, end + 1);
      if (!numberAlone(number)) {
        continue;
      }
      Line title = line.from(from);
      TitleReader.Found rest = titleAlone(title);
      return rest != null && TitleReader.titleStart(rest.compact().key) >= 0
          ? new Split(number, title, List.of(t.substring(0, start), t.substring(end + 1, from)))
          : null;
    }
    return null;
  }

  /** The index after the blanks and the one run of dashes at {@code from} of {@code t}. */
  private static int pastDash(String t, int from) {
    int i = Chars.skipBlanks(t, from);
    int dashes = i;
    while (i < t.length() && DASHES.indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    return i == dashes ? from : Chars.skipBlanks(t, i);
  }

  /**
   * The split of {@code line} into the title and the document's number printed after it past a
   * blank, as a portal's heading prints the two ({@code 关于…的答复 沈公复〔2023〕01号}), or null: the
   * part after the line's last blank is a document number alone, and the part before it a title
   * and nothing else.
   */
  static Split after(Line line) {
    String t = line.text();
    int end = t.stripTrailing().length();
    int blank = end - 1;
    while (blank > 0 && !Chars.isBlank(t.charAt(blank))) {
      blank--;
    }
    if (blank <= 0 || end - blank > NUMBER_REACH) {
      return null;
    }
    Line number = line.part(blank + 1, end);
    Line title = line.part(0, blank);
    return numberAlone(number) && titleAlone(title) != null ? new Split(number, title) : null;
  }

  /** Whether {@code part} of a line is a document number alone ({@link LineMarks}). */
  private static boolean numberAlone(Line part) {
    List<LineMarks.Item> marks = part.marks();
    return marks != null && marks.size() == 1
        && marks.get(0).kind() == LineMarks.Kind.DOCUMENT_NUMBER;
  }

  /** The title {@code part} of a line is, all of it ({@link TitleReader}), or null. */
  private static TitleReader.Found titleAlone(Line part) {
    TitleReader.Found found = TitleReader.at(List.of(part), 0);
    return found != null && found.end() == found.compact().key.length() ? found : null;
  }
}
