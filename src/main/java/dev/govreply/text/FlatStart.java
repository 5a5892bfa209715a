package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;

/**
 * The start of a reply flattened onto one line with its title or its marks, as a web page or a
 * database export prints a whole reply on one line: {@code 蕲春县水利局对县十七届人大二次会议第094号建议的答复
 * 张凤娥等代表: 你们提出的…}, {@code 沭财复字〔2022〕4号 签发人:庞佃宝 尊敬的李晓林、周志勋等代表: 您提出的…}. The
 * line holds, after one of its blanks, the salutation with its colon and the body after it, and
 * the text before that blank is a reply's title on its own (perhaps with the document's number after
 * it, {@link NumberedTitle#after}) or marks alone ({@link LineMarks}). A
 * row of a portal's list (关于第12号建议的答复 王五代表) names the deputy without a colon and goes on
 * with no body. The title or the marks are then read from that part of the line, and the
 * salutation and what follows it from the rest ({@link FlatEnd} splits off an end flattened onto
 * it too).
 */
final class FlatStart {
  private FlatStart() {}

  /**
   * A line split into its head, the title or the marks, and the part from its salutation on.
   *
   * @param head the part of the line before the salutation: the reply's title, or its marks
   * @param marks the marks {@code head} holds alone, or null when it is the title
   * @param salutationLine the rest of the line, from the salutation
   * @param salutation the salutation found at the start of {@code salutationLine}
   * @param numbered the document's number printed with the title and the title, or null
   *     ({@link NumberedTitle})
   */
  record Split(Line head, List<LineMarks.Item> marks, Line salutationLine,
      Salutation.Found salutation, NumberedTitle.Split numbered) {}

  /** The most chars before the salutation: a title is never longer. */
  private static final int TITLE_REACH = 200;

  /**
   * The split of {@code line}, or null when no blank within {@value #TITLE_REACH} chars of its
   * start has a salutation right after it and a reply's title or marks alone before it: at the
   * first such blank after a title, at the last after marks (a letter-spaced signer's name, 庞 佃
   * 宝, is marks up to each of its blanks), never where the split {@linkplain #cuts may cut a
   * mark or a name}.
   */
  static Split of(Line line) {
    String t = line.text();
    int start = Chars.skipBlanks(t, 0);
    Split marks = null; // the last split after marks alone: 签发人：庞 佃 宝 李晓林代表：, not 庞 佃
    for (int i = start; i < t.length() && i < TITLE_REACH; i++) {
      if (!Chars.isBlank(t.charAt(i)) || Chars.isBlank(t.charAt(i - 1))) {
        continue;
      }
      int from = Chars.skipBlanks(t, i);
      if (from == t.length()) {
        return null;
      }
      Line rest = line.from(from);
      Salutation.Found s = rest.salutation();
      if (s == null || s.start() != 0 || s.colon() < 0 || s.rest() < 0) {
        continue; // a flattened reply goes on after its salutation's colon: no list's row
      }
      Line head = line.part(start, i);
      if (head.marks() != null) {
        marks = cuts(line, start, from, s) ? marks
            : new Split(head, head.marks(), rest, s, null);
        continue;
      }
      TitleReader.Found found = marks == null ? TitleReader.at(List.of(head), 0) : null;
      if (found != null && found.end() == found.compact().key.length()) {
        // 泰环函〔2016〕48号 泰州市环境保护局关于…的答复函 仇党玉代表: 您提出的…
        NumberedTitle.Split numbered = NumberedTitle.of(found, head);
        return numbered == null ? new Split(head, null, rest, s, null)
            : new Split(numbered.title(), null, rest, s, numbered);
      }
      NumberedTitle.Split numbered = marks == null ? NumberedTitle.after(head) : null;
      if (numbered != null) { // 对…第9426号建议的答复 农办议〔2020〕332号 刘锦秀代表: 您提出的…
        return new Split(numbered.title(), null, rest, s, numbered);
      }
    }
    return marks;
  }

  /**
   * Whether the split of {@code line} after marks, its salutation {@code s} starting at {@code
   * from}, may cut a mark or a letter-spaced name: the salutation's first character stands alone
   * before a blank and the marks read as marks with it too (签发人：王 强 | 李 明代表：, the signer
   * perhaps 王强李; 县财复〔2022〕4 | 号 王 强代表：, 号 the number's), or, after marks that end in a
   * character spaced from the one before it, the salutation names someone by one character (王 强
   * 李 | 明代表：). After marks that end otherwise a split cuts nothing (县财复〔2022〕4号 | 王 强代表：),
   * and a member named by the surname alone is read so (签发人：庞佃宝 | 李代表：).
   */
  private static boolean cuts(Line line, int start, int from, Salutation.Found s) {
    String t = line.text();
    boolean loneFirst = from + 1 < t.length() && Chars.isHan(t.charAt(from))
        && Chars.isBlank(t.charAt(from + 1));
    String head = t.substring(start, from).stripTrailing();
    int n = head.length();
    boolean spacedEnd = n >= 2 && Chars.isHan(head.charAt(n - 1))
        && Chars.isBlank(head.charAt(n - 2));
    return loneFirst && line.part(start, from + 1).marks() != null
        || spacedEnd && s.addressee().names().stream()
            .anyMatch(x -> Chars.removeBlanks(x).length() < 2);
  }
}
