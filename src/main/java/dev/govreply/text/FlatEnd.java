package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a reply flattened onto the line of its salutation and body, as a web page or a
 * database export prints a whole reply on one line: {@code …感谢您的关心。 领导署名:黄祥谈 联 系 人:黄 荣
 * 联系电话:0591-87078078 福建省交通运输厅 2016年5月9日 (此件主动公开)}; or onto the body's last
 * paragraph, the lines above it kept ({@code …支持! 联系电话:0539-3880033 沂南县教育和体育局 2024年9月24日}).
 *
 * <p>The line is read from its end, a run of its blank-separated pieces at a time: the shortest
 * run (of up to {@value #MOST_PIECES} pieces, so that a letter-spaced label 联 系 人 is one) that
 * the end of a reply can hold as a line of its own ({@link TailLine#isTailLine(TailLine)}) is split off,
 * until the pieces before it read as nothing of the end. What is left is the body. An end of one
 * piece is not split off: a flattened end has several (the signature and the date at least), and
 * a sentence may close on a date.
 */
final class FlatEnd {
  private FlatEnd() {}

  /** The most blank-separated pieces one line of the end may have been printed in. */
  private static final int MOST_PIECES = 6;

  /** The line of the salutation holds a flattened document when its rest weighs more than this. */
  private static final int FLAT_WEIGHT = 100;

  /**
   * A flattened line split: the body's part (null when nothing is left of it) and the lines of
   * the end, in order.
   */
  record Split(Line body, List<Line> end) {}

  /**
   * The split of {@code rest}, the text after the salutation on the document's last line or the
   * body's last paragraph, or null when no end was flattened onto it (short, or no end found at
   * its end).
   */
  static Split of(Line rest) {
    Split pieces = Chars.weightAtMost(rest.text(), FLAT_WEIGHT) ? null : ofPieces(rest);
    return pieces != null ? pieces : contactsAfterSentence(rest);
  }

  /** {@link #of}: the end read from the line's end a run of its blank-separated pieces at a time. */
  private static Split ofPieces(Line rest) {
    String t = rest.text();
    List<int[]> pieces = new ArrayList<>();
    for (int i = Chars.skipBlanks(t, 0); i < t.length(); ) {
      int e = i;
      while (e < t.length() && !Chars.isBlank(t.charAt(e))) {
        e++;
      }
      pieces.add(new int[] {i, e});
      i = Chars.skipBlanks(t, e);
    }
    List<Line> end = new ArrayList<>();
    int upTo = pieces.size(); // the pieces [0, upTo) are not split off yet
    while (upTo > 1) {
      int from = -1;
      for (int k = upTo - 1; k >= Math.max(1, upTo - MOST_PIECES); k--) {
        if (TailLine.isTailLine(rest.part(pieces.get(k)[0], pieces.get(upTo - 1)[1]))) {
          from = k;
          break;
        }
      }
      if (from < 0) {
        break;
      }
      end.add(0, rest.part(pieces.get(from)[0], pieces.get(upTo - 1)[1]));
      upTo = from;
    }
    if (end.size() < 2) {
      return null; // one piece (a date closing a sentence) is no end: a flattened end has several
    }
    return new Split(rest.part(0, pieces.get(upTo - 1)[1]), end);
  }

  /**
   * The split of {@code rest} when its last sentences are a contact block run on after the body's
   * last sentence without a break (…请填写《征询意见表》并与我们电话联系。联系单位及电话:西藏自治区交通运输厅农村公路处,
   * 0891-6810791。): the text after the first sentence end ({@link TextNorm#SENTENCE_ENDS}) from
   * which the rest starts with a person's or a phone's label and can be a line of the end ({@link
   * TailLine#isTailLine(Line)}); null when there is none.
   */
  private static Split contactsAfterSentence(Line rest) {
    String t = rest.text();
    for (int i = TextNorm.SENTENCE_ENDS.firstIn(t, 0, t.length()); i < t.length();
        i = TextNorm.SENTENCE_ENDS.firstIn(t, i + 1, t.length())) {
      int start = Chars.skipBlanks(t, i + 1);
      if (start == t.length()) {
        return null;
      }
      Line after = rest.part(start, t.length());
      List<ContactLabel> labels = ContactLabel.in(after.text());
      if (ContactLabel.startLine(after.text(), labels)
          && labels.get(0).kind() != ContactLabel.Kind.NOTE
          && labels.get(0).kind() != ContactLabel.Kind.COPY_TO
          && TailLine.isTailLine(after)) {
        return new Split(rest.part(0, i + 1), List.of(after));
      }
    }
    return null;
  }

  /**
   * Where the signature printed last on a line of contacts starts, a two-column end flattened
   * onto the lines of its labels: {@code 领导签名:张其标 闽侯县文化体育和旅游局}, the date last on the
   * next line ({@code next}), after a person's label too ({@link DateLine#contactsBefore}: 联 系
   * 人:陈 香 2022年6月29日); or -1. The line starts with its labels ({@code labels}), the last a
   * person's, whose value is one person's name and nothing else before the last run of blanks;
   * after it, a body's name alone ({@link OrgNames#isNameAlone}). Without the date so printed
   * below, a body's name after a person is no signature (联系人：陈香 闽侯县财政局 names her unit).
   */
  static int signatureAfterContacts(Line line, List<ContactLabel> labels, Line next) {
    String t = line.text();
    if (next == null || !ContactLabel.startLine(t, labels)) {
      return -1;
    }
    DateText.Found date = DateText.inKey(next.key());
    if (date == null || DateLine.contactsBefore(next, date) == null) {
      return -1;
    }
    ContactLabel last = labels.get(labels.size() - 1);
    int end = t.length();
    while (end > last.end() && Chars.isBlank(t.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > last.end() && !Chars.isBlank(t.charAt(start - 1))) {
      start--;
    }
    int valueEnd = start;
    while (valueEnd > last.end() && Chars.isBlank(t.charAt(valueEnd - 1))) {
      valueEnd--;
    }
    if (last.kind() != ContactLabel.Kind.CONTACT || valueEnd == start || valueEnd == last.end()
        || !OrgNames.isNameAlone(Chars.key(t.substring(start, end)))) {
      return -1;
    }
    return ContactValue.read(t, last.end(), valueEnd).personAlone() ? start : -1;
  }
}
