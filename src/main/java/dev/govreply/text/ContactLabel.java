package dev.govreply.text;

import dev.govreply.internal.CharSet;
import dev.govreply.internal.Chars;
import dev.govreply.internal.ContactWords;
import dev.govreply.model.ContactRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A label of the contact block at the end of a reply, as found in a line: a role (承办负责人：,
 * 联系人：, 承办人及联系电话：), a phone (联系电话：, 手机：), a note (传真：, 地址：) or the copy-to list
 * (抄送：, 抄报：, and in older letters 报： to a superior and 送： to others, 送 only whole).
 *
 * <p>A label is a run of at most 12 Han characters (spaced by at most three blanks; a label of
 * two spaced to the width of a longer one, 抄    报, by up to six) before a colon, whose end is a
 * known label: {@code 承办人：李娜联系电话：0738-…} holds 承办人 and, after
 * the first value, 联系电话. A few labels also stand without their colon ({@link #WITHOUT_COLON}):
 * first on their line and followed by a blank ({@code 联 系 人 李四}), or later on the line
 * between blanks or before a phone's digits ({@code 联系人 李四  联系电话 0731-…}); and a copy-to
 * label stands alone on its line, its recipients on the next ones.
 *
 * @param kind what the label introduces
 * @param role the role named, for a {@link Kind#CONTACT} label; else null
 * @param start index of the label's first char in the line
 * @param colon index of its colon (of the char after the label when it has none)
 * @param end index after the colon (where the label's value starts)
 * @param printed the label as printed, without its colon
 */
record ContactLabel(Kind kind, ContactRole role, int start, int colon, int end, String printed) {

  /** What a label introduces. */
  enum Kind {
    /** A person and their role ({@link ContactRole#fromLabel}): 承办负责人, 联系人, 分管领导. */
    CONTACT,
    /** A phone of the contact named before or after it: 联系电话, 手机. */
    PHONE,
    /** A note kept as printed: 传真, 邮编, 地址, 附注, a contact's 职务. */
    NOTE,
    /** The list of bodies the reply is copied to: 抄送. */
    COPY_TO
  }

  /**
   * The labels other than roles, as read in a line's key with blanks removed; the roles are
   * {@link ContactRole}'s labels.
   */
  private static final Map<String, Kind> LABELS = Map.ofEntries(
      Map.entry("联系电话", Kind.PHONE), Map.entry("电话", Kind.PHONE), Map.entry("手机", Kind.PHONE),
      Map.entry("联系方式", Kind.PHONE), Map.entry("办公电话", Kind.PHONE),
      Map.entry("电话号码", Kind.PHONE), Map.entry("手机号码", Kind.PHONE),
      Map.entry("联系号码", Kind.PHONE), Map.entry("固定电话", Kind.PHONE), Map.entry("座机", Kind.PHONE),
      Map.entry("单位联系电话", Kind.PHONE), Map.entry("单位电话", Kind.PHONE),
      Map.entry("传真", Kind.NOTE), Map.entry("邮编", Kind.NOTE), Map.entry("邮政编码", Kind.NOTE),
      Map.entry("邮政编号", Kind.NOTE),
      Map.entry("地址", Kind.NOTE), Map.entry("通讯地址", Kind.NOTE), Map.entry("联系地址", Kind.NOTE),
      Map.entry("电子邮箱", Kind.NOTE), Map.entry("邮箱", Kind.NOTE), Map.entry("电子邮件", Kind.NOTE),
      Map.entry("附注", Kind.NOTE), Map.entry("注", Kind.NOTE), Map.entry("网址", Kind.NOTE),
      Map.entry("附件", Kind.NOTE),
      Map.entry("联系单位", Kind.NOTE), Map.entry("承办单位", Kind.NOTE),
      Map.entry("承办部门", Kind.NOTE), Map.entry("答复单位", Kind.NOTE),
      Map.entry("承办科室", Kind.NOTE), Map.entry("联系科室", Kind.NOTE),
      Map.entry("主办单位", Kind.NOTE),
      Map.entry("协办单位", Kind.NOTE), Map.entry("会办单位", Kind.NOTE),
      Map.entry("办理单位", Kind.NOTE), Map.entry("分管单位", Kind.NOTE),
      Map.entry("责任单位", Kind.NOTE), Map.entry("职务", Kind.NOTE),
      Map.entry("抄送", Kind.COPY_TO), Map.entry("抄报", Kind.COPY_TO),
      Map.entry("抄送单位", Kind.COPY_TO), Map.entry("报", Kind.COPY_TO),
      Map.entry("送", Kind.COPY_TO));

  /**
   * The labels of a unit (承办单位, 主办单位, 联系单位, 承办部门, 承办科室 …), whose value is a body's
   * name: a record prints them before the name with a blank between (承办单位 县林业局).
   */
  static List<String> unitLabels() {
    return LABELS.entrySet().stream().filter(e -> e.getValue() == Kind.NOTE)
        .map(Map.Entry::getKey)
        .filter(ContactLabel::namesUnit)
        .sorted().toList();
  }

  /**
   * Whether {@code label}, a role's label as printed (its colon perhaps after it), is a compound
   * whose first part is a unit's label ({@link #namesUnit}) or 单位/科室: 联系科室、人员及电话,
   * 联系单位及联系人. Its value names the unit first.
   */
  static boolean namesUnitFirst(String label) {
    String k = Chars.removeBlanks(Chars.key(label));
    int joiner = 0; // where the first part ends
    while (joiner < k.length() && ContactWords.COMPOUND_JOINERS.indexOf(k.charAt(joiner)) < 0) {
      joiner++;
    }
    String first = joiner == k.length() ? "" : k.substring(0, joiner); // no compound: no part
    return namesUnit(first) || first.equals("单位") || first.equals("科室");
  }

  /** Whether {@code label} is one of {@link #LABELS} whose value is a unit's name. */
  private static boolean namesUnit(String label) {
    return LABELS.get(label) == Kind.NOTE && (label.endsWith("单位") || label.endsWith("部门")
        || label.endsWith("科室"));
  }

  /**
   * The role labels that may stand without a colon before their value, first on their line
   * perhaps with the word of the person's name after them (主管领导姓名 杜丹, a form's cells).
   */
  private static final List<String> ROLES_WITHOUT_COLON = List.of("承办负责人", "负责人", "承办人",
      "联系人", "经办人", "主管领导", "分管领导");

  /**
   * The labels that count only as the whole run of Han characters before their colon, never as the
   * end of a longer one: 送 (送：县人大), which ends 主送, 报送 and 请填写后送 too.
   */
  private static final Set<String> WHOLE_ONLY = Set.of("送");

  /** The labels that may stand without a colon before their value. */
  private static final List<String> WITHOUT_COLON = Stream.concat(ROLES_WITHOUT_COLON.stream(),
      Stream.of("联系电话", "抄送", "邮政编码")).toList();

  /** What joins the parts of a compound label with its colon (联系人姓名、职务, 联系人/电话). */
  private static final String PART_JOINERS = "、/";

  /**
   * A label with its colon, in a line's key: up to 12 Han chars, each followed by at most three
   * blanks, a compound's parts perhaps joined by {@link #PART_JOINERS} (联系人姓名、职务, 联系人/电话),
   * then the colon; or two or three Han chars spaced wider, to the width of a longer label of the
   * block (抄    报:, 联    系    人:, 抄          报:, up to {@value #WIDEST_GAP} blanks between two).
   * Its end may be a label after the value of the one before it.
   */
  private static final Pattern WITH_COLON = Pattern.compile("((?:[" + Chars.HAN + "]\\s{0,3}|["
      + PART_JOINERS + "](?=[" + Chars.HAN + "])){1,12}?|[" + Chars.HAN + "](?:\\s{4,"
      + ContactLabel.WIDEST_GAP + "}[" + Chars.HAN + "]){1,2})\\s*:");

  /**
   * The most blanks between two characters of a label spaced to the width of one of seven, the
   * longest of a block (抄          报 beside 联系单位及电话, half-width blanks).
   */
  private static final int WIDEST_GAP = 12;

  /**
   * A label {@linkplain #WITHOUT_COLON without colon} first on its line, its chars perhaps spaced
   * (负 责 人), a role's perhaps with the word of the name after it (经 办 人 姓 名), then a blank
   * and more text.
   */
  private static final Pattern FIRST_WITHOUT_COLON = Pattern.compile(
      "^ *((?:" + MetadataLabel.alternatives(ROLES_WITHOUT_COLON, MetadataLabel::spaced)
          + ")(?: *姓 *名)?|" + MetadataLabel.alternatives(WITHOUT_COLON, MetadataLabel::spaced)
          + ")(?= +[^ ])");

  /**
   * A further label {@linkplain #WITHOUT_COLON without colon} on a line, after a blank and
   * before a blank or the digits of a phone ({@code 联系人 李四  联系电话0731-…}): a decimal digit
   * of the basic plane, as {@link Character#isDigit(char)} reads it.
   */
  private static final Pattern NEXT_WITHOUT_COLON = Pattern.compile(
      "(?<= )(" + String.join("|", WITHOUT_COLON) + ")(?=[ \\p{Nd}&&[\\x{0}-\\x{FFFF}]])");

  /**
   * The kind of a label as read in a line's key with blanks removed: one of {@link #LABELS} or a
   * role's label ({@link ContactRole#fromLabel}); null when it is no label.
   */
  static Kind kindOf(String label) {
    Kind kind = LABELS.get(label);
    if (kind == null && ContactRole.fromLabel(label).isPresent()) {
      kind = Kind.CONTACT;
    }
    if (kind == null && (isRoleOrUnitsPhone(label) || isPhoneAndFax(label))) {
      kind = Kind.PHONE;
    }
    return kind;
  }

  /**
   * Whether {@code label} is a phone's label and the fax's together, in either order, perhaps
   * joined (联系电话及传真, 电话/传真, 传真及电话): one number serves both, and it is the contact's phone.
   */
  private static boolean isPhoneAndFax(String label) {
    String fax = "传真";
    String phone = label.endsWith(fax) ? label.substring(0, label.length() - fax.length())
        : label.startsWith(fax) ? label.substring(fax.length()) : "";
    String joiners = ContactWords.COMPOUND_JOINERS;
    int from = !phone.isEmpty() && joiners.indexOf(phone.charAt(0)) >= 0 ? 1 : 0;
    int to = phone.length() > from && joiners.indexOf(phone.charAt(phone.length() - 1)) >= 0
        ? phone.length() - 1 : phone.length();
    return to - from >= 2 && LABELS.get(phone.substring(from, to)) == Kind.PHONE;
  }

  /**
   * Whether {@code word} (a key with blanks removed) is the first part of a label of {@link
   * #LABELS}, two characters at least: a label broken at the end of its line (联系 / 电话:) leaves
   * it, and it is no person's name.
   */
  static boolean startsLabel(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (String label : LABELS.keySet()) {
      if (label.length() > word.length() && label.startsWith(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code label} is a role's label and a phone's run together, the phone of the person
   * named under the role (承办人电话, 联系人手机), or a {@linkplain #REPLYING_UNITS replying unit's}
   * label and a phone's ({@link #isUnitsPhone}).
   */
  private static boolean isRoleOrUnitsPhone(String label) {
    for (int i = label.length() - 1; i >= 2; i--) {
      if (LABELS.get(label.substring(i)) == Kind.PHONE
          && ContactRole.fromLabel(label.substring(0, i)).isPresent()) {
        return true;
      }
    }
    return isUnitsPhone(label);
  }

  /**
   * The labels of the unit that replies, or of its section, that may run together with a phone's
   * label (联系单位及电话): not those of another body (主办单位, 协办单位), whose phone is no
   * contact of the reply's.
   */
  private static final Set<String> REPLYING_UNITS = Set.of("联系单位", "承办单位", "答复单位",
      "联系科室", "承办科室", "承办部门");

  /** Whether this label names the unit that replies (联系单位：, 承办单位：), a note of the contacts. */
  boolean namesReplyingUnit() {
    return kind == Kind.NOTE && REPLYING_UNITS.contains(Chars.removeBlanks(printed));
  }

  /**
   * Whether {@code printed} (a label's key, without its colon) is the label of the
   * replying unit's phone: a {@linkplain #REPLYING_UNITS replying unit's} label and a phone's run
   * together, perhaps joined by 及 (联系单位及电话, 承办单位电话, 承办科室及联系电话). Its value names the
   * unit, not a person.
   */
  static boolean isUnitsPhone(String printed) {
    String label = Chars.removeBlanks(printed);
    for (int i = label.length() - 1; i >= 2; i--) {
      if (LABELS.get(label.substring(i)) == Kind.PHONE) {
        String unit = label.substring(0, label.charAt(i - 1) == '及' ? i - 1 : i);
        if (REPLYING_UNITS.contains(unit)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code label}, read as in {@link #kindOf}, is the label of a phone (电话, 联系电话,
   * 承办人电话).
   */
  static boolean isPhoneLabel(String label) {
    return kindOf(label) == Kind.PHONE;
  }

  /**
   * The label {@code label}, of the kind {@code kind} ({@link #kindOf}), at {@code [start, colon)}
   * of {@code text}.
   */
  private static ContactLabel of(Kind kind, String label, String text, int start, int colon,
      int end) {
    ContactRole role = kind != Kind.CONTACT ? null
        : label.equals(LOST_START) || label.isEmpty() ? ContactRole.HANDLER
        : ContactRole.fromLabel(label).orElseThrow();
    return new ContactLabel(kind, role, start, colon, end, text.substring(start, colon));
  }

  /** The labels of a line, in order (a two-column block gives several). */
  static List<ContactLabel> in(String text) {
    return in(text, Chars.key(text));
  }

  /** {@link #in(String)} given {@code key}, the {@linkplain Chars#key key} of {@code text}. */
  static List<ContactLabel> in(String text, String key) {
    return in(text, key, false);
  }

  /**
   * {@link #in(String, String)}; when {@code startsLine} (the text starts its input line), a
   * handler's label that lost its first characters in capture ({@link #LOST_START}) is one too.
   */
  static List<ContactLabel> in(String text, String key, boolean startsLine) {
    List<ContactLabel> out = new ArrayList<>(2);
    Matcher m = WITH_COLON.matcher(key);
    int from = 0; // the end of the label read last
    for (int colon = key.indexOf(':'); colon >= 0; colon = key.indexOf(':', colon + 1)) {
      if (startsLine && colon == Chars.skipBlanks(key, 0)) {
        // a handler's label a capture lost whole, its colon first on the line: kept only before
        // a person's name and a phone's label (: 李丽红   联系电话: 2264314; lostLabelsPerson)
        out.add(of(Kind.CONTACT, "", text, colon, colon, colon + 1));
        from = colon + 1;
        continue;
      }
      // a label is made of Han characters and blanks (a compound's parts perhaps joined by 、 or
      // /): it is looked for in their run before the colon, not from every character of a long line
      int runStart = colon;
      while (runStart > from && (Chars.isHan(key.charAt(runStart - 1))
          || Chars.isBlank(key.charAt(runStart - 1))
          || PART_JOINERS.indexOf(key.charAt(runStart - 1)) >= 0
          && Chars.isHan(key.charAt(runStart)))) {
        runStart--;
      }
      if (!m.region(runStart, colon + 1).find()) {
        continue;
      }
      from = m.end();
      String run = Chars.removeBlanks(m.group(1));
      if (startsLine && run.equals(LOST_START) && Chars.isBlank(key.substring(0, m.start(1)))) {
        // 联系人 or 承办人 whose first characters were lost in capture, first on its line
        out.add(of(Kind.CONTACT, run, text, m.start(1), m.end() - 1, m.end()));
        continue;
      }
      // the label may be preceded by a value of the previous label: the longest known end
      boolean first = out.isEmpty() && Chars.isBlank(key.substring(0, m.start(1)));
      for (int cut = 0; cut < run.length(); cut++) {
        String label = run.substring(cut);
        Kind kind = kindOf(label);
        if (cut > 0 && WHOLE_ONLY.contains(label)) {
          break; // 主送, 报送, 主 送, 请填写后送: no copy-to list
        }
        if (kind != null) {
          // first on its line, a role's label alone may follow words that qualify it
          // (建议承办分管领导), not one joined with contact details (主要负责人及联系电话)
          boolean qualified = kind == Kind.CONTACT && first && cut <= MOST_QUALIFIER
              && !Chars.hasAny(label, ContactWords.COMPOUND_JOINERS);
          int start = qualified ? m.start(1)
              : Chars.skipBlanks(key, afterNonBlanks(key, m.start(1), cut));
          out.add(of(kind, label, text, start, m.end() - 1, m.end()));
          break;
        }
      }
    }
    if (!out.isEmpty() && out.get(0).printed().isEmpty() && !lostLabelsPerson(text, out)) {
      out.remove(0); // a colon first on its line: a lost label only before a person and a phone
    }
    if (out.isEmpty()) {
      withoutColon(text, key, out);
    }
    return out;
  }

  /**
   * Whether the labels {@code out} of {@code text}, the first a colon first on its line, read as
   * a handler's label lost whole: a person's name alone after the colon, then a phone's label.
   */
  private static boolean lostLabelsPerson(String text, List<ContactLabel> out) {
    if (out.size() < 2 || out.get(1).kind() != Kind.PHONE) {
      return false;
    }
    return ContactValue.read(text, out.get(0).end(), out.get(1).start()).personAlone();
  }

  /** Marks of a sentence, which no line of contacts holds (in key form). */
  static final CharSet SENTENCE_MARKS = CharSet.of("。,，!！?？");


  /** The most characters of the words that qualify a role's label first on its line. */
  private static final int MOST_QUALIFIER = 4;

  /**
   * What is left of a handler's label (联系人, 承办人) whose first characters a capture lost: 人
   * first on its line, then its colon ({@code   人:黎浩}).
   */
  private static final String LOST_START = "人";

  /** The labels without colon of a line that has none with a colon. */
  private static void withoutColon(String text, String key, List<ContactLabel> out) {
    String compact = Chars.removeBlanks(key);
    if (LABELS.get(compact) == Kind.COPY_TO) {
      // 抄送 alone on its line, the recipients on the next ones
      int start = Chars.skipBlanks(key, 0);
      int end = start + Chars.strip(key.substring(start)).length();
      out.add(of(Kind.COPY_TO, compact, text, start, end, end));
      return;
    }
    if (Chars.strip(key).indexOf(' ') < 0) {
      fusedWithValue(text, key, out); // else a label without its colon is followed by a blank
      return;
    }
    Matcher first = FIRST_WITHOUT_COLON.matcher(key);
    if (!first.lookingAt()) {
      return;
    }
    int end = first.end(1);
    String label = Chars.removeBlanks(first.group(1));
    if (kindOf(label) == Kind.CONTACT && TextNorm.SENTENCE_ENDS.firstIn(key, end, key.length())
        < key.length()) {
      return; // 主管领导 高度重视此事，多次到现场调研。 is a sentence of the body
    }
    out.add(of(kindOf(label), label, text, first.start(1), end, end));
    Matcher next = NEXT_WITHOUT_COLON.matcher(key);
    next.useTransparentBounds(true);
    next.region(end, key.length());
    while (next.find()) {
      out.add(of(kindOf(next.group(1)), next.group(1), text, next.start(1), next.end(1),
          next.end(1)));
    }
  }

  /**
   * The most characters of a label run into its value ({@link #fusedWithValue}): the longest
   * person's label that names the phone too (承办单位联系人及联系电话, twelve).
   */
  private static final int MOST_FUSED_LABEL = 12;

  /**
   * The label of a line whose contact's label runs into its value, the colon lost in capture
   * (联系人及电话潘志娟8661472): the longest label of any kind that starts the line, when it is a
   * person's that names the phone too ({@link #namesPhoneToo}: 联系人及电话, 承办人及联系电话; not
   * 联系人, whose 联系人员… may be no label) and what follows it is one person's name and one phone
   * and nothing else.
   */
  private static void fusedWithValue(String text, String key, List<ContactLabel> out) {
    if (!ContactValue.hasPhone(key)) {
      return; // no phone: no label that names it run into its value
    }
    int start = Chars.skipBlanks(key, 0);
    for (int end = Math.min(key.length(), start + MOST_FUSED_LABEL); end >= start + 2; end--) {
      String label = key.substring(start, end);
      Kind kind = kindOf(label);
      if (kind != null) {
        if (kind == Kind.CONTACT && namesPhoneToo(label)
            && ContactValue.read(text, end, text.length()).personAndPhone()) {
          out.add(of(Kind.CONTACT, label, text, start, end, end));
        }
        return;
      }
    }
  }

  /** Whether a person's label ends with a phone's (联系人及电话, 承办人及联系电话). */
  private static boolean namesPhoneToo(String label) {
    return phoneOf(label) != null;
  }

  /**
   * The phone's label that ends the person's label {@code label} (its key), naming the phone too:
   * 联系电话 of 承办人及联系电话, 电话 of 联系人及电话; null when it names none.
   */
  static String phoneOf(String label) {
    for (int i = 1; i < label.length() - 1; i++) {
      if (LABELS.get(label.substring(i)) == Kind.PHONE) {
        return label.substring(i);
      }
    }
    return null;
  }

  /** The index after the first {@code count} chars of {@code key} from {@code from} that are not blank. */
  private static int afterNonBlanks(String key, int from, int count) {
    int i = from;
    for (int seen = 0; seen < count; i++) {
      if (!Chars.isBlank(key.charAt(i))) {
        seen++;
      }
    }
    return i;
  }

  /** True when {@code labels}, the labels of {@code text}, start it (blanks aside). */
  static boolean startLine(String text, List<ContactLabel> labels) {
    return !labels.isEmpty() && Chars.isBlank(text.substring(0, labels.get(0).start()));
  }
}
