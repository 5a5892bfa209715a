package dev.govreply.text;

import dev.govreply.internal.CharSet;
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
 * a sentence may close on a date. A contact block run on after the paragraph's last sentence
 * without a blank (…请与我们电话联系。联系单位及电话:…,0891-6810791。) is split off at that sentence's end
 * ({@link #contactsAfterSentence}), when it is that block and nothing else.
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
   * body's last paragraph, or null when no end was flattened onto it: an end of several pieces
   * (on a line of more than {@value #FLAT_WEIGHT} characters), else a contact block run on after
   * its last sentence.
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
   * 0891-6810791。): the text after the earliest sentence end ({@link TextNorm#SENTENCE_ENDS}) from
   * which each rest to the end of the line is a contact block and nothing else ({@link
   * #contactsOnly}) and can be a line of the end ({@link TailLine#isTailLine(TailLine)}, at most 200
   * characters); null when there is none.
   */
  private static Split contactsAfterSentence(Line rest) {
    String t = rest.text();
    int split = -1;
    for (int i = lastSentenceEnd(t, t.length()); i >= 0; i = lastSentenceEnd(t, i)) {
      int start = Chars.skipBlanks(t, i + 1);
      if (start == t.length()) {
        continue; // the line's last sentence end
      }
      TailLine after = new TailLine(rest.part(start, t.length()));
      if (!TailLine.isTailLine(after) || !contactsOnly(after.line.text(), after.labels())) {
        break; // no line of the end (at most 200 characters), or more than a contact block
      }
      split = i;
    }
    if (split < 0) {
      return null;
    }
    return new Split(rest.part(0, split + 1),
        List.of(rest.part(Chars.skipBlanks(t, split + 1), t.length())));
  }

  /**
   * Whether {@code text}, with its contact labels {@code labels} ({@link ContactLabel#in}), is a
   * contact block and nothing else: it starts with a person's or a phone's label, or with the
   * replying unit's before one ({@link #opensWithUnit}: 联系单位：…), every other label is one of
   * those or a note's (职务：…), and the value of each person's or phone's label, without the marks
   * that end it, holds a person's name or a phone and
   * nothing that is neither ({@link ContactValue}: a unit may stand beside the phone,
   * 联系单位及电话:…农村公路处,0891-6810791). A sentence that goes on after the label (电话：…为我局投诉电话，
   * 欢迎监督; 负责人：各乡镇分管副乡镇长，负责…) is the body's.
   */
  private static boolean contactsOnly(String text, List<ContactLabel> labels) {
    if (!ContactLabel.startLine(text, labels)) {
      return false;
    }
    for (int j = 0; j < labels.size(); j++) {
      ContactLabel l = labels.get(j);
      int end = j + 1 < labels.size() ? labels.get(j + 1).start() : text.length();
      while (end > l.end() && (Chars.isBlank(text.charAt(end - 1))
          || VALUE_END.contains(text.charAt(end - 1)))) {
        end--;
      }
      if (l.kind() == ContactLabel.Kind.NOTE && j > 0) {
        continue; // a contact's note (职务：党委书记, 邮编：…), as printed
      }
      if (j == 0 && opensWithUnit(text, labels, end)) {
        continue; // the unit the block opens with (联系单位：平田乡人民政府 联系人：…), as printed
      }
      ContactValue v = ContactValue.read(text, l.end(), end);
      if (l.kind() != ContactLabel.Kind.CONTACT && l.kind() != ContactLabel.Kind.PHONE
          || !v.other.isEmpty() || !v.badPhones.isEmpty() || v.names.isEmpty() && v.phones.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the contact block {@code text} opens with the replying unit's label ({@link
   * ContactLabel#namesReplyingUnit}) whose value, up to {@code end}, is a body's name, before a
   * person's or a phone's label: 联系单位：平田乡人民政府 联系人：王渊, not 联系单位：我局将继续加强工作 or a
   * unit and a postcode alone.
   */
  private static boolean opensWithUnit(String text, List<ContactLabel> labels, int end) {
    ContactLabel unit = labels.get(0);
    if (!unit.namesReplyingUnit() || labels.size() < 2) {
      return false;
    }
    ContactLabel.Kind next = labels.get(1).kind();
    String value = Chars.removeBlanks(Chars.key(text.substring(unit.end(), end)));
    return (next == ContactLabel.Kind.CONTACT || next == ContactLabel.Kind.PHONE)
        && OrgNames.isName(value);
  }

  /** The marks that may end a contact's value in a sentence: its end, or the list's comma. */
  private static final CharSet VALUE_END = CharSet.of("。！？!?；;，,、");

  /** The index of the last sentence end of {@code t} before {@code before}, or -1. */
  private static int lastSentenceEnd(String t, int before) {
    for (int i = before - 1; i >= 0; i--) {
      if (TextNorm.SENTENCE_ENDS.contains(t.charAt(i))) {
        return i;
      }
    }
    return -1;
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
