package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.BlockKind;
import dev.govreply.model.ContactRole;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Recognises the end of a reply after the body: signature, date, contact blocks in their label
 * variants (承办负责人, 承办人及联系电话, 联系人及电话, 负 责 人, 领导署名, 签发人, 联系单位及联系人, two names on
 * one line, name/phone pairs on following lines, 联系电话 before or after its contact, a two-column
 * block), 抄送, notes (传真, 邮编, （此件主动公开）), class and disclosure marks, page metadata.
 *
 * <p>The labels are {@link ContactLabel}s, their values {@link ContactValue}s read into the
 * {@link ContactBlock}; the copy-to list is {@link CopyTo}'s.
 */
final class TailReader {
  private TailReader() {}

  /**
   * Where the end of the reply starts, found from the bottom up: the highest line, no higher than
   * {@code bodyStart}, from which every line down to {@code end} (the site's footer, or the end of
   * the text) can belong to the end ({@link TailLine#tail}); {@code end} when none can. The
   * capture's last line of text may be one cut off in capture ({@link #cutOff}), when a line of the
   * end that is not blank stands above it; a short last line right below the body is the body's.
   * A body's name alone above the attachments' description, the end's signature below it, is the
   * body's ({@link DescribedEnd}).
   */
  static int endStart(List<Line> all, int bodyStart, int end, IntFunction<TailLine> tailLine) {
    int lastText = all.size() - 1;
    while (lastText >= 0 && all.get(lastText).blank()) {
      lastText--;
    }
    int start = end;
    boolean cut = false; // whether the end starts with the capture's last line, cut off
    boolean endLine = false; // whether a line of the end (not blank) stands above it
    DescribedEnd described = new DescribedEnd();
    for (int j = end - 1; j >= bodyStart; j--) {
      TailLine f = tailLine.apply(j);
      boolean tail = f.tail();
      if (j == lastText && !tail && cutOff(all.get(j))) {
        cut = true;
      } else if (!tail || !described.admits(all.get(j), f)) {
        break;
      } else {
        endLine |= !all.get(j).blank();
      }
      start = j;
    }
    return cut && !endLine ? end : start;
  }

  /**
   * Whether {@code line}, the last of a capture, may be a line of the end cut off in capture, when
   * lines of the end stand above it: at most a signature's length without an end of sentence
   * ({@code 联系电} of 联系电话, {@code 余姚} of 余姚市住房和城乡建设局, {@code 西街口镇人民政}). Not a line
   * with a phone that is no line of the end ({@code 联:(03556015222}, a label that lost its first
   * characters): kept as text, its phone would be lost to the contacts above it.
   */
  private static boolean cutOff(Line line) {
    String k = line.compactKey();
    return k.length() <= CUT_OFF && TextNorm.SENTENCE_ENDS.firstIn(k, 0, k.length()) == k.length()
        && !ContactValue.hasPhone(line.key());
  }

  /**
   * The rule of the attachments' description (附件说明, {@link EndAnchors#startsAttachment}) in a
   * scan of the end from the bottom up: GB/T 9704 puts it right below the body and above the
   * signature, so a body's name alone above a description, when the end holds a body's name alone
   * below it, is the body's (a list of units it names: 县交通运输局 / 县财政局 / 附：… / 浮梁县城市管理局),
   * not a second signature. Not thread-safe: one scan.
   */
  static final class DescribedEnd {
    private boolean signed; // a body's name alone seen below
    private boolean described; // a description seen below that name

    /** Whether {@code line}, next above the lines asked so far, may belong to the end. */
    boolean admits(Line line, TailLine f) {
      if (line.blank()) {
        return true;
      }
      boolean name = f.name();
      if (described && name) {
        return false;
      }
      described |= signed && EndAnchors.startsAttachment(line);
      signed |= name;
      return true;
    }
  }

  /** The most characters of a line of the end cut off in capture ({@link #cutOff}). */
  private static final int CUT_OFF = 20;

  /**
   * Whether the label after label {@code j} of {@code labels} in {@code text} is a phone's whose
   * value holds a phone and names no person (电话:13786021616, not 电话: left blank, 电话:张三 138…).
   */
  private static boolean phoneAloneNext(String text, List<ContactLabel> labels, int j) {
    if (j + 1 >= labels.size() || labels.get(j + 1).kind() != ContactLabel.Kind.PHONE) {
      return false;
    }
    int end = j + 2 < labels.size() ? labels.get(j + 2).start() : text.length();
    ContactValue v = ContactValue.read(text, labels.get(j + 1).end(), end);
    return !v.phones.isEmpty() && v.names.isEmpty();
  }

  /** The label of the unit the reader of a reply is to contact (联系单位：…): the replying body. */
  private static final String CONTACT_UNIT = "联系单位";

  /** Whether the last contact read so far has no phone yet. */
  private static boolean awaitsPhone(Draft d) {
    return !d.contacts.isEmpty() && d.contacts.get(d.contacts.size() - 1).phone == null;
  }

  /**
   * Whether the value {@code v} of the replying unit's label (联系单位：, 联系单位及电话：) names the
   * unit's person to contact and nothing else: after the unit (住建局重点工程管理处王成), or alone as
   * most names are, in three characters, and no place's (丁金玉; not 城关镇, nor 天台 or 天台县人 of a
   * unit's name cut short: a name of two cannot be told from a place's).
   */
  private static boolean unitsPerson(ContactValue v) {
    if (v.names.size() != 1 || v.units.size() > 1 || !v.phones.isEmpty() || !v.other.isEmpty()
        || !v.badPhones.isEmpty()) {
      return false;
    }
    String name = Chars.removeBlanks(v.names.get(0));
    return v.units.size() == 1 || name.length() == 3
        && PLACE_ENDS.indexOf(name.charAt(name.length() - 1)) < 0;
  }

  /** What ends a place's name, never a person's read alone under a unit's label: 城关镇. */
  private static final String PLACE_ENDS = OrgNames.REGION_ENDS + "乡镇村";

  /**
   * The labels of the unit that handled the item and replies (承办单位：, 承办部门：, 答复单位：): in a
   * reply's closing, the body that writes it.
   */
  private static final Set<String> HANDLING_UNIT = Set.of("承办单位", "承办部门", "答复单位");

  /** Records {@code value}, the value of a {@link #HANDLING_UNIT} label, when it names a body. */
  private static void handlingUnit(Draft d, String value) {
    if (d.handlingUnit == null && OrgNames.isName(Chars.key(value))) {
      d.handlingUnit = value;
    }
  }

  /** Records {@code value}, the value of a {@link #CONTACT_UNIT} label, when it names a body. */
  private static void contactUnit(Draft d, String value) {
    if (d.contactUnit == null && OrgNames.isName(Chars.key(value))) {
      d.contactUnit = value;
    }
  }

  /**
   * The contact line after a disclosure mark that opens the inside {@code in} of a pair of
   * brackets, the two set apart by a mark of punctuation ({@code (此件公开发布。 联系人及电话:杨红
   * 18152310975)}), with the mark applied to the draft; null when {@code in} does not read so.
   */
  private static Line afterMark(Draft d, Line in, List<ContactLabel> labels) {
    if (labels.isEmpty() || ContactLabel.startLine(in.text(), labels)) {
      return null;
    }
    int at = labels.get(0).start();
    String t = in.text();
    int end = Chars.skipBlanks(t, 0) == at ? -1 : t.substring(0, at).stripTrailing().length();
    if (end <= 0 || MARK_SEPARATORS.indexOf(Chars.key(t.charAt(end - 1))) < 0) {
      return null;
    }
    Line mark = in.part(0, end - 1);
    List<LineMarks.Item> marks = mark.marks();
    if (marks == null || !marks.stream().allMatch(m -> m.kind() == LineMarks.Kind.DISCLOSURE)) {
      return null;
    }
    d.applyMarks(mark, marks, true);
    d.ctx.markup(in.number(), t.substring(end - 1, end));
    return in.part(at, t.length());
  }

  /** The punctuation that sets a mark apart from the contact line after it in one bracket. */
  private static final String MARK_SEPARATORS = "。;,";

  /** Whether a line of {@code all} in {@code [from, to)} is a date line ({@link Line#shortDate}). */
  private static boolean dateBelow(List<Line> all, int from, int to) {
    for (int j = from; j < to; j++) {
      if (all.get(j).shortDate()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the end lines {@code [from, to)} of {@code all} into the draft, given the facts already
   * learnt of the lines (indexed as {@code all}; null entries, or a null array, for lines not
   * asked about yet).
   */
  static void read(List<Line> all, int from, int to, Draft d, TailLine[] tailLines) {
    ReadContext ctx = d.ctx;
    ContactBlock block = new ContactBlock(d);
    ContactRole lastRole = null;
    boolean copyOpen = false;
    boolean copyMaybe = false;
    boolean contactBeforeSignature = false;
    boolean belowPage = false; // a line of the page's furniture (打印, 扫一扫…) was read above
    boolean responsibleNamed = false; // a leader or a unit's head (分管领导:, 承办单位负责人:) above
    boolean handlerNamed = false; // a handler's label (经办人:, 联系人:) above
    for (int i = from; i < to; i++) {
      Line line = all.get(i);
      String text = line.text();
      int ln = line.number();
      if (Chars.isBlank(text)) {
        continue;
      }
      TailLine f = tailLines != null && tailLines[i] != null ? tailLines[i] : new TailLine(line);
      if (f.page()) {
        d.page.collect(line);
        d.unknown(BlockKind.PAGE_METADATA, ln);
        belowPage |= PageFurniture.is(line);
        continue;
      }
      if (belowPage && (ContactLabel.startLine(text, f.labels())
          || f.name() && !dateBelow(all, i + 1, to))) {
        // the page's footer below its furniture: its sponsor, the site's name (no date of the
        // reply below it, as below a signature), address and phone, not the reply's
        d.unknown(BlockKind.PAGE_METADATA, ln);
        continue;
      }
      DateText.Found date = f.date();
      Line besideDate = null; // the contacts printed beside the date, or the signature, on its line
      if (date != null) {
        String rest = DateLine.besideDate(text, date);
        String label = DateLine.label(text, date); // 答复日期:2023年3月20日
        boolean signed = label != null || DateLine.signatureOrNothing(rest);
        besideDate = signed ? null : DateLine.contactsAfter(line, date);
        if (besideDate != null) {
          date(d, line.part(0, besideDate.column() - line.column()), date);
        } else if (!signed && d.date == null
            && (besideDate = DateLine.contactsBefore(line, date)) != null) {
          // the reply's date, read once: a later line of that shape is read as it was before
          date(d, line, date);
        } else if (signed) {
          if (label != null) {
            d.ctx.markup(ln, label);
          } else if (!rest.isEmpty()) {
            // 某镇人民政府 某县交通运输局 2023年9月15日: perhaps a joint reply
            signedBy(d, line, text.substring(0, date.start()), rest);
          }
          date(d, line, date);
          String mark = DateLine.footnoteAfter(text, date);
          if (mark != null) { // 二OO七年六月三十日[1]: the mirror's reference mark
            d.ctx.markup(ln, mark);
          }
          copyOpen = false;
          copyMaybe = false;
          continue;
        }
      }
      // recipients continued on the next line: after 抄送：/ a list ending in 、, or a list of
      // names wrapped under the first one (indented, or below the date: not the signature)
      boolean continued = copyOpen || (copyMaybe && CopyTo.continues(text)
          && (d.date != null || Chars.isBlank(text.charAt(0))));
      if (continued && f.labels().isEmpty() && besideDate == null) {
        copyOpen = CopyTo.read(d, line, 0, text.length());
        copyMaybe = CopyTo.continues(text);
        continue;
      }
      copyMaybe = false;
      if (besideDate == null && f.labels().isEmpty() && (d.signature != null || !f.name())
          && block.postOrSection(line)) {
        continue; // a contact's post or section alone below it (a body's name alone signs)
      }
      if (f.name() && besideDate == null) {
        if (!d.contacts.isEmpty() && d.signature == null) {
          contactBeforeSignature = true;
        }
        signedBy(d, line, text, Chars.removeBlanks(text));
        continue;
      }
      if (besideDate == null && d.date == null && d.signature == null
          && !ContactLabel.startLine(text, f.labels()) && EndAnchors.startsAttachment(line)) {
        // 附：…, 附件1：… above the signature and the date: the attachments' description (below
        // them, an attachment's label starts the attachment: text not placed)
        d.addNote(TextNorm.removeLayoutSpaces(text.substring(Chars.skipBlanks(text, 0))), ln);
        continue;
      }
      List<LineMarks.Item> marks = besideDate == null ? f.marks() : null;
      if (marks != null) {
        d.applyMarks(line, marks, true);
        continue;
      }
      int next = Line.nextText(all, i);
      int signed = besideDate == null && d.signature == null
          ? FlatEnd.signatureAfterContacts(line, f.labels(), next < 0 || next >= to ? null
              : all.get(next)) : -1;
      if (signed > 0) { // 领导签名:张其标 闽侯县文化体育和旅游局: the signature's column joined on
        signature(d, line, Chars.strip(text.substring(signed)));
        besideDate = line.part(0, signed);
      }
      Line part = besideDate == null ? line : besideDate;
      List<ContactLabel> labels = besideDate == null ? f.labels() : ContactLabel.in(part.text());
      if (!ContactLabel.startLine(part.text(), labels)) {
        Line inside = TailLine.unwrap(line);
        Line in = inside;
        List<ContactLabel> inLabels = in == null ? null : ContactLabel.in(in.text());
        Line contacts = in == null ? null : afterMark(d, in, inLabels);
        if (contacts != null) {
          inLabels = ContactLabel.in(contacts.text());
          in = contacts;
        }
        if (in != null && ContactLabel.startLine(in.text(), inLabels)) {
          // a contact line in brackets: the brackets are layout
          int open = inside.column() - line.column() - 1;
          int close = open + 1 + inside.text().length();
          ctx.markup(ln, text.substring(open, open + 1),
              close < text.length() ? text.substring(close, close + 1) : "");
          part = in;
          labels = inLabels;
        }
      }
      if (ContactLabel.startLine(part.text(), labels)) {
        String pt = part.text();
        copyOpen = false;
        for (int j = 0; j < labels.size(); j++) {
          ContactLabel l = labels.get(j);
          int end = j + 1 < labels.size() ? labels.get(j + 1).start() : pt.length();
          String label = Chars.removeBlanks(l.printed());
          String named = Chars.key(label); // the label in simplified characters: 聯繫單位 too
          ctx.markup(ln, label);
          if (label.length() != l.printed().length()) {
            TextRules.report(ctx, TextRules.LABEL_SPACED, "spaced label " + l.printed(), null,
                part, l.start(), l.colon(), label);
          }
          switch (l.kind()) {
            case CONTACT -> {
              // 分管领导:吕飞 / 承办责任人:刘迅 / 联系电话:…: below another responsible (a leader, the
              // unit's head), with no handler named before or after, the one responsible handles
              lastRole = named.endsWith("责任人") && responsibleNamed && !handlerNamed
                  && !ContactBlock.handlerNamedAfter(all, i, to, labels, j) ? ContactRole.HANDLER
                  : l.role();
              responsibleNamed |= named.endsWith("领导") || named.endsWith("负责人");
              handlerNamed |= lastRole == ContactRole.HANDLER;
              if (Chars.isBlank(pt.substring(l.end(), end)) && phoneAloneNext(pt, labels, j)) {
                // 人:     电话:137…: the role's person not printed, the phone after it theirs
                block.unnamed(part, lastRole);
              } else {
                int before = d.contacts.size();
                block.roleValue(part, lastRole, named, l.start(), l.end(), end);
                if (d.contacts.size() == before && phoneAloneNext(pt, labels, j)) {
                  // 分管领导:郑    联系电话:135…: no person read (a surname alone, kept as a note),
                  // the phone after it is still the role's, not the next person's
                  block.unnamed(part, lastRole);
                }
              }
            }
            case PHONE -> {
              ContactValue v = ContactBlock.phoneValue(pt, l.end(), end, named);
              if (v.personAndPhone() && !awaitsPhone(d)
                  || ContactLabel.isUnitsPhone(named) && unitsPerson(v)) {
                // 联系电话：张鹤 15877532299, no person above waiting for it: the person's phone
                lastRole = ContactRole.HANDLER;
                block.contacts(part, ContactRole.HANDLER, l.end(), end, v);
                continue;
              }
              block.phones(part, l.end(), end, named, v);
              if (named.startsWith(CONTACT_UNIT) && !v.units.isEmpty()) {
                contactUnit(d, v.units.get(0)); // 联系单位及电话：市住建局 0915-3230552
              }
            }
            case NOTE -> {
              if (named.equals(CONTACT_UNIT) && unitsPerson(ContactValue.read(pt, l.end(), end))) {
                // 联系单位：住建局重点工程管理处王成, 联系单位：丁金玉: the one to contact
                lastRole = ContactRole.HANDLER;
                block.contacts(part, ContactRole.HANDLER, l.end(), end);
                continue;
              }
              Line value = part.part(l.end(), end);
              List<LineMarks.Item> noted = Chars.isBlank(value.text()) ? null : value.marks();
              if (noted != null
                  && noted.stream().allMatch(m -> m.kind() == LineMarks.Kind.DISCLOSURE)) {
                d.applyMarks(value, noted, true); // 注：此件主动公开, a disclosure mark noted
                continue;
              }
              d.addNote(TextNorm.removeLayoutSpaces(pt.substring(l.start(), end)), ln);
              if (named.equals(CONTACT_UNIT)) {
                contactUnit(d, Chars.removeBlanks(pt.substring(l.end(), end)));
              }
              if (HANDLING_UNIT.contains(named)) {
                handlingUnit(d, Chars.removeBlanks(pt.substring(l.end(), end)));
              }
            }
            case COPY_TO -> {
              copyOpen = CopyTo.read(d, part, l.end(), end)
                  || Chars.isBlank(pt.substring(l.end(), end));
              copyMaybe = CopyTo.continues(pt.substring(l.end(), end));
            }
            default -> { }
          }
        }
        continue;
      }
      if (ContactValue.hasPhone(f.key())) {
        if (block.continuesPhoneLabel(line, lastRole == null ? ContactRole.HANDLER : lastRole)) {
          lastRole = lastRole == null ? ContactRole.HANDLER : lastRole;
          continue;
        }
        ContactValue v = ContactValue.read(text, 0, text.length());
        if (v.clean() && !v.phones.isEmpty() && (lastRole != null || v.names.isEmpty())) {
          if (v.names.isEmpty()) {
            block.phones(line, 0, text.length(), "", v);
          } else {
            block.contacts(line, lastRole, 0, text.length(), v);
          }
          continue;
        }
      }
      d.unknown(BlockKind.UNKNOWN_TEXT, ln);
    }
    block.end();
    if (contactBeforeSignature) {
      Line first = all.get(from);
      TextRules.report(ctx, TextRules.CONTACT_BEFORE_SIGNATURE,
          "contact block before the signature", "contacts", first, 0, 0, null);
    }
  }

  /**
   * Takes the name printed as {@code printed} on {@code line} as the signature: a joint reply's
   * bodies ({@link OrgNames#leadBody}) one after the other with a blank between them, as printed, its lead
   * noted as the issuer; any other name as {@code asOne}.
   */
  private static void signedBy(Draft d, Line line, String printed, String asOne) {
    String lead = OrgNames.leadBody(printed);
    signature(d, line, lead == null ? asOne : String.join(" ", Chars.runs(printed)));
    if (d.signature != null && d.leadBody == null) {
      d.leadBody = lead;
    }
  }

  /**
   * The issuer's name printed at the end: the signature, or a line no reading took. The body the
   * reply is addressed to does not sign it: its name at the end (in a record of the item printed
   * below the letter) is no signature.
   */
  private static void signature(Draft d, Line line, String name) {
    if (d.addressedTo != null && d.addressedTo.equals(Chars.removeBlanks(Chars.key(name)))) {
      d.unknown(BlockKind.UNKNOWN_TEXT, line.number());
    } else if (d.signature == null) {
      d.signature = name;
      d.ctx.target(line.number(), "signature");
    } else { // another name, or the same printed again: kept as it is printed, nothing lost
      d.unknown(BlockKind.UNKNOWN_TEXT, line.number());
    }
  }

  /**
   * The date of the reply: the first valid date of the end (a later one is a note), with a
   * finding when it is no valid date or not printed as yyyy年M月d日. A date whose 日 was lost
   * (2020年4月27) is read, unless it ends the text: a capture cut there may have cut its day.
   */
  private static void date(Draft d, Line line, DateText.Found f) {
    if (f.date() == null || f.damaged() && d.ctx.isLastText(line.number() - 1)) {
      TextRules.report(d.ctx, TextRules.DATE_INVALID, f.damaged()
          ? "date damaged in capture, left empty: " + line.text().substring(f.start(), f.end())
          : "not a valid date", "date", line, f.start(), f.end(), null);
      d.unplacedEnd(line);
      return;
    }
    if (d.date != null) {
      d.laterDate(line);
      return;
    }
    d.date = f.date();
    d.ctx.target(line.number(), "date");
    String printed = Chars.strip(line.text().substring(f.start(), f.end()));
    if (printed.chars().anyMatch(c -> Chars.isHan((char) c) && "年月日".indexOf(c) < 0)) {
      d.ctx.markup(line.number(), printed); // 二〇二四年五月三十一日: the date is written in digits
    } else {
      String t = line.key();
      for (String unit : new String[] {"年", "月", "日"}) {
        if (t.indexOf(unit.charAt(0), f.start()) >= 0) {
          d.ctx.markup(line.number(), unit);
        }
      }
    }
    if (!f.canonical()) {
      String canonical = f.date().getYear() + "年" + f.date().getMonthValue() + "月"
          + f.date().getDayOfMonth() + "日";
      TextRules.report(d.ctx, TextRules.DATE_FORM, "date printed as "
          + Chars.strip(line.text().substring(f.start(), f.end())), "date", line, f.start(),
          f.end(), canonical);
    }
  }
}
