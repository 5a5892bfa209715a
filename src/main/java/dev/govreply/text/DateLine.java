package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A date line of a reply's end: the date alone, or beside the signature on its line
 * ({@code 某某局    2023年6月28日}), or after the label of the reply's date as a form prints it
 * ({@code 答复日期:2023年3月20日}), or first or last on a line of contacts ({@code 2024年5月6日
 * 联系人:王岩 15804350857}, an end flattened onto one line).
 */
final class DateLine {
  private DateLine() {}

  /**
   * The text of a line around its date {@code d}, blanks removed, without a reference mark a
   * mirror added after the date ({@link #FOOTNOTE_MARK}).
   */
  static String besideDate(String text, DateText.Found d) {
    String after = footnoteAfter(text, d) != null ? "" : text.substring(d.end());
    return Chars.removeBlanks(text.substring(0, d.start()) + after);
  }

  /**
   * The reference mark a mirror added after the date {@code d} of {@code text} ({@link
   * #FOOTNOTE_MARK}: the page's markup, no part of the letter), or null when there is none.
   */
  static String footnoteAfter(String text, DateText.Found d) {
    String after = Chars.strip(text.substring(d.end()));
    return FOOTNOTE_MARK.matcher(after).matches() ? after : null;
  }

  /**
   * The contacts that {@code line} prints after its date {@code d}, the date first on the line
   * ({@code 2024年5月6日 联系人:王岩 15804350857}, an end flattened onto one line): the part of the
   * line from the contact label on, when it holds no sentence ({@link #contactsOnly}); else null.
   */
  static Line contactsAfter(Line line, DateText.Found d) {
    String text = line.text();
    int from = Chars.skipBlanks(text, d.end());
    if (!Chars.isBlank(text.substring(0, d.start())) || from == text.length()) {
      return null;
    }
    return contactsOnly(line.part(from, text.length()));
  }

  /**
   * The contacts that {@code line} prints before its date {@code d}, the date last on the line
   * ({@code 承办单位:某局 单位负责人: 二〇二二年八月三十日}, an end flattened onto one line, a label's
   * value left empty before the date): the part of the line up to the date, when the date is a
   * whole one printed with 年 (digits alone after a label are its value: 电话:56155520), the part
   * holds no sentence ({@link #contactsOnly}) and ends with a person's label and its value, if
   * any, without another label (a date after 办结时限: or 签收日期: is theirs, 注:…至2024年12月31日
   * a note's); else null.
   */
  static Line contactsBefore(Line line, DateText.Found d) {
    String text = line.text();
    if (!Chars.isBlank(text.substring(d.end())) || d.date() == null || d.damaged()
        || text.substring(d.start(), d.end()).indexOf('年') < 0) {
      return null; // a date in digits alone there is a label's value: a phone (电话:56155520)
    }
    int end = d.start();
    while (end > 0 && Chars.isBlank(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return null;
    }
    Line part = contactsOnly(line.part(0, end));
    List<ContactLabel> labels = part == null ? List.of() : ContactLabel.in(part.text());
    ContactLabel last = labels.isEmpty() ? null : labels.get(labels.size() - 1);
    // after a person's label and its value, if any (联 系 人:陈 香 2022年6月29日, 单位负责人:
    // 二〇二二年八月三十日), no other label: the date is no label's value
    return last != null && last.kind() == ContactLabel.Kind.CONTACT
        && Chars.key(part.text().substring(last.end())).indexOf(':') < 0 ? part : null;
  }

  /**
   * {@code part} when it is contacts alone: it starts with a contact label and holds no sentence
   * (2024年5月6日 联系人：王岩到现场调研，情况如下。 is a sentence of the body); else null.
   */
  private static Line contactsOnly(Line part) {
    String k = Chars.strip(Chars.key(part.text()));
    int end = k.endsWith("。") || k.endsWith(".") ? k.length() - 1 : k.length(); // 抄送:…。
    if (ContactLabel.SENTENCE_MARKS.firstIn(k, 0, end) < end) {
      return null;
    }
    return ContactLabel.startLine(part.text(), ContactLabel.in(part.text())) ? part : null;
  }

  /**
   * The labels a form prints before the reply's date (答复日期:2023年3月20日), with their colon:
   * labels that name the reply's date and no other (日期: alone may be any date, a meeting's or a
   * member's signature's; 成文日期 and 答复时间 label a page's metadata too).
   */
  private static final Set<String> DATE_LABELS = Set.of("答复日期:", "复文日期:", "复函日期:");

  /**
   * The label of the reply's date before the date {@code d} of {@code text} ({@link #DATE_LABELS}),
   * as printed, when it is all the line prints beside the date; else null.
   */
  static String label(String text, DateText.Found d) {
    String before = Chars.strip(text.substring(0, d.start()));
    String key = Chars.removeBlanks(Chars.key(before));
    String after = footnoteAfter(text, d) != null ? "" : text.substring(d.end());
    return DATE_LABELS.contains(key) && Chars.isBlank(after) ? before : null;
  }

  /** True when the text beside a date (blanks removed) is nothing, or the issuer's name. */
  static boolean signatureOrNothing(String rest) {
    return rest.isEmpty() || OrgNames.isName(Chars.key(rest));
  }

  /**
   * A reference mark after the date that a mirror of the page (an online encyclopedia's copy)
   * added: {@code 二OO七年六月三十日[1]}.
   */
  private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\d{1,2}\\]");

  /**
   * True when a line with this text, known to weigh at most 60, is a date line of the end that
   * anchors it: a date alone, or with the signature on the same line ({@code 某某局
   * 2023年6月28日}); a date after its label ({@link #label}) is read in an end found, but anchors
   * none. A date
   * damaged in capture ({@code 2023927}, {@code 2024年5月}: date-shaped, no date) marks the end as
   * well as a whole one; the reply's date is then left empty, with a finding.
   */
  static boolean isShortDate(String text) {
    DateText.Found d = DateText.find(text);
    return d != null && (d.date() != null || d.damaged())
        && signatureOrNothing(besideDate(text, d));
  }
}
