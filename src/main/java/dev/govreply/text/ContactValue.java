package dev.govreply.text;

import dev.govreply.internal.CharSet;
import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the value of a contact label holds ({@code 联系人：李四 0730-6222076}, or a line of the
 * contact block without a label): the phones printed in it, then, in the rest split at
 * separators and brackets, the names of persons, the units of a body (综合规划处), the words of a
 * phone label printed without its colon (电话, never a name) and anything else.
 */
final class ContactValue {
  /**
   * A landline's extension as a group after a dash (52564588-7817, 0591-87856998-801): one to
   * six digits, not the eight of a second number.
   */
  private static final String DASH_EXTENSION = "(?:\\s*[-—‐–]\\s*\\d{1,6}(?!\\d))?";

  /**
   * A number whose publisher masked some digits, as printed ({@code 1*******466},
   * {@code 189******6664}, {@code 0871-****1015}, {@code (0871)****1015}, {@code 1370740****}):
   * digits, a run of masks, digits, perhaps after an area code; or a mobile's last digits
   * masked, its first three at least kept (not any number so masked: an ID's, an account's).
   */
  private static final String MASKED = "(?:(?:0\\d{2,3}\\s*[-—‐–]\\s*|\\(\\s*0\\d{2,3}\\s*\\)\\s*)?"
      + "\\d{0,4}[*＊]{2,9}\\d{2,4}|1[3-9]\\d{1,5}[*＊]{3,8})";

  /**
   * A mobile or a subscriber number alone printed letter-spaced, a blank between every digit, as
   * a capture of a letter-spaced line gives it ({@code 1 3 5 9 9 0 0 9 6 9 6}); not a part of a
   * longer number (a digit, a bracket or a dash before it, blanks perhaps between: an
   * area code's; a digit after it) and without an extension after it (a spaced one is not read
   * apart from its number).
   */
  private static final String LETTER_SPACED = "(?<![\\d()\\-—‐–~─]\\s{0,6})"
      + "(?:1\\s[3-9](?:\\s\\d){9}|\\d(?:\\s\\d){6,7})(?!\\s*+(?:\\d|转|分机))";

  /**
   * The kind of line printed in brackets right after a phone, in key form: (办) an office's, (宅)
   * a home's, (手机), (座机). (传真) is none of these: a fax's number is read as before.
   */
  private static final Pattern PHONE_KIND = Pattern.compile("\\s*\\((?:办|办公|办公室|宅|手机|座机)\\)");

  /**
   * A phone as printed in a line's key: a landline with its area code in brackets, before a
   * dash or not, a mobile (spaced or hyphened 3 4 4 or not, its first digit perhaps set apart by a
   * letter-spaced capture: 1 5838365863), or a subscriber number alone (either perhaps
   * {@linkplain #LETTER_SPACED letter-spaced}); with an extension
   * after 转 or 分机, or a landline's after a dash ({@link #DASH_EXTENSION}); or a number with
   * masked digits ({@link #MASKED}). Not inside a longer run of digits.
   */
  private static final Pattern PHONE = Pattern.compile(
      "(?<![\\d*＊])(?:(?:\\(\\s*0\\d{2,3}\\s*\\)\\s*\\d{7,8}|0\\d{2,3}\\s*[-—‐–~─]{0,2}\\s*\\d{7,8})"
          + ContactValue.DASH_EXTENSION + "|1\\s?[3-9]\\d(?:\\s?|[-—‐–])\\d{4}(?:\\s?|[-—‐–])\\d{4}|\\d{7,8}"
          + ContactValue.DASH_EXTENSION + "|" + LETTER_SPACED + "|" + MASKED
          + ")(?:\\s*(?:转|分机)\\s*\\d{1,6})?(?![\\d*＊])");

  /**
   * A piece of a value between separators (、 , ; / 。, and | between a table's cells) and
   * brackets, in the key; a piece holds one unit or the names of persons.
   */
  private static final Pattern PIECE = Pattern.compile("[^,;、/。|()\\[\\]【】]+");

  /**
   * Posts (职务) a contact block prints beside a name (联系人：赵六 | 科长): words of two or three
   * characters that are no person's name.
   */
  private static final Set<String> POSTS = Set.of("科长", "副科长", "股长", "副股长", "主任", "副主任",
      "局长", "副局长", "处长", "副处长", "站长", "副站长", "所长", "副所长", "队长", "副队长", "书记",
      "副书记", "主席", "副主席", "经理", "副经理", "干部", "科员", "调研员", "主任科员", "副主任科员",
      "院长", "副院长", "校长", "副校长", "镇长", "副镇长", "乡长", "副乡长", "部长", "副部长", "秘书长",
      "副秘书长", "大队长", "中队长", "总经理", "董事长", "工程师", "会计", "办事员", "专干", "村主任",
      "社区主任", "党组书记", "支部书记", "工会主席", "团委书记", "县长", "副县长", "区长", "副区长",
      "市长", "副市长", "村支书", "党委书记", "党委副书记", "馆长", "副馆长", "巡视员", "统计员",
      "网格员", "专员", "副总经理", "中心主任");

  /** The rank a civil servant's post may begin with (一级主任科员, 四级调研员). */
  private static final Pattern RANK = Pattern.compile("^[一二三四]级");

  /**
   * This value read as that of a label that names the unit first (联系科室、人员及电话). When no unit
   * was read in it, its first name is the unit when it is a {@linkplain #isSection section's} name
   * (经建科, 农水股), printed apart from its person, where it would be read as a person's name; a
   * section with its {@linkplain #isPost post} (农水股股长) is kept as a note. A name longer
   * than a person's usually is (经建科张三, 办公室李四: a section glued to its person, not told
   * apart) is kept as a note too, wherever it stands in the value (a name of four characters, 欧阳晓波,
   * is so lost to a note). Persons listed (李四、王五) and a person alone (李四) stay names.
   */
  ContactValue unitFirst() {
    if (units.isEmpty() && !names.isEmpty() && isSection(Chars.removeBlanks(names.get(0)))) {
      units.add(names.remove(0));
      nameAt.remove(0);
    }
    for (int n = names.size() - 1; n >= 0; n--) {
      String name = Chars.removeBlanks(names.get(n));
      if (isPost(name) || name.length() > MOST_NAME_ALONE && name.indexOf('·') < 0) {
        other.add(names.remove(n)); // 农水股股长, 经建科张三, 办公室李四
        notedAt.add(nameAt.remove(n));
        namesNoted = true;
      }
    }
    return this;
  }

  /**
   * The most characters of a name under a label that names the unit first that is read as a
   * person's: most names are of two or three.
   */
  private static final int MOST_NAME_ALONE = 3;

  /**
   * Whether the compact key {@code k} names a unit ({@link OrgNames#isUnit}: 经建科, 办公室) or a
   * county bureau's section (股室: 农水股, 计财股), whose 股 names no issuer ({@link OrgNames}). A
   * word of three or more characters ending in 股 is read as a section, never as a person's name.
   */
  static boolean isSection(String k) {
    return OrgNames.isUnit(k) || k.length() >= 3 && k.endsWith("股");
  }

  /**
   * Whether the compact key {@code k} is a post alone, perhaps after its unit or section (副处长,
   * 安全传输保障处副处长, 办公室主任, 农水股股长): no person's name.
   */
  static boolean isPost(String key) {
    String k = RANK.matcher(key).replaceFirst("");
    for (String post : POSTS) {
      String unit = k.endsWith(post) ? k.substring(0, k.length() - post.length()) : null;
      if (unit != null && (unit.isEmpty() || isSection(unit))) {
        return true;
      }
    }
    return false;
  }

  /** The names of persons, each with its index in the value. */
  final List<String> names = new ArrayList<>(2);
  final List<Integer> nameAt = new ArrayList<>(2);
  /**
   * Where the pieces that stand where a person's name would but are none start (a post before any
   * person, 办公室主任; a section glued to its person, 经建科张三), in the value: a phone after one is
   * not handed on to a person printed later. A post after a person (李四（村主任）) describes that
   * person, whose phone follows.
   */
  final List<Integer> notedAt = new ArrayList<>(0);
  /**
   * Whether {@link #unitFirst} kept a name as a note (经建科张三): the value's unit may be that
   * noted person's, not the one person left.
   */
  boolean namesNoted;
  /** The phones read, each with its index in the value. */
  final List<PhoneNumber> phones = new ArrayList<>(2);
  final List<Integer> phoneAt = new ArrayList<>(2);
  /** Phones printed in a shape {@link PhoneNumber#parse} refuses, as printed. */
  final List<String> badPhones = new ArrayList<>(0);
  /** Units of a body (市住建局城建科), blanks removed. */
  final List<String> units = new ArrayList<>(1);
  /** Pieces that are neither names nor units. */
  final List<String> other = new ArrayList<>(0);
  /**
   * Labels printed in the value without their colon: a phone's (联系人：李四 电话 0731-…), or the
   * one to contact's glued to the name ({@link #GLUED_LABELS}: 联系单位：区执法局，联系人成志鹏): the
   * label's words, which are no person's name.
   */
  final List<String> labels = new ArrayList<>(0);

  /**
   * The labels of the one to contact that a value may print glued before the name, their colon
   * lost (联系人成志鹏).
   */
  private static final Words GLUED_LABELS = Words.of("联系人", "经办人", "承办人");

  /** How many of {@link #other} are a form's fields left blank ({@link #FORM_BLANK}). */
  private int formBlanks;

  /** Whether a role's label stands in the value among its pieces (| 承办人 | 赵六 | 审核人 | 李四 |). */
  private boolean roleInValue;

  private ContactValue() {}

  /** True when the value holds only names and phones that were read. */
  boolean clean() {
    return other.isEmpty() && badPhones.isEmpty() && units.isEmpty();
  }

  /**
   * Whether the value is a form's fields left blank and nothing else ((签字), 二0 年 月 日: {@link
   * #FORM_BLANK}).
   */
  boolean formBlank() {
    return formBlanks > 0 && formBlanks == other.size() && names.isEmpty() && phones.isEmpty()
        && units.isEmpty() && badPhones.isEmpty();
  }

  /** Whether the value is one person's name and nothing else. */
  boolean personAlone() {
    return names.size() == 1 && phones.isEmpty() && clean();
  }

  /** Whether the value is one person's name and one phone, and nothing else. */
  boolean personAndPhone() {
    return names.size() == 1 && phones.size() == 1 && clean();
  }

  /** The fewest digits a phone number has: a local number of seven (masked digits count). */
  private static final int PHONE_DIGITS = 7;

  /**
   * True when a line with key {@code key} holds a phone: it has at least {@value #PHONE_DIGITS}
   * digits and masks, and {@link #PHONE} is found in it.
   */
  static boolean hasPhone(String key) {
    return mayHoldPhone(key) && findPhone(PHONE.matcher(key), key, 0);
  }

  /**
   * {@code m.find()} of {@link #PHONE} in {@code key} from {@code from}, tried only where a phone's
   * first character stands: a digit, an opening bracket or a mask ({@link TextNorm#find}).
   */
  private static boolean findPhone(Matcher m, String key, int from) {
    return TextNorm.find(m, key, from, ContactValue::startsPhone);
  }

  /**
   * Whether a {@link #PHONE} may start at index {@code i} of {@code key}: a digit, an opening
   * bracket or a mask, not after a digit or a mask (a phone is not inside a longer run of them).
   */
  private static boolean startsPhone(String key, int i) {
    return PHONE_FIRST.contains(key.charAt(i))
        && (i == 0 || !DIGITS_AND_MASKS.contains(key.charAt(i - 1)));
  }

  /** The characters a {@link #PHONE} starts with. */
  private static final CharSet PHONE_FIRST = CharSet.of("0123456789(*＊");

  /** The characters no {@link #PHONE} follows: a digit or a mask. */
  private static final CharSet DIGITS_AND_MASKS = CharSet.of("0123456789*＊");

  /** Whether {@code key} has the {@value #PHONE_DIGITS} digits or masked digits of a phone. */
  private static boolean mayHoldPhone(String key) {
    int symbols = 0;
    for (int i = 0, n = key.length(); i < n && symbols < PHONE_DIGITS; i++) {
      char c = key.charAt(i);
      if (c >= '0' && c <= '9' || c == '*' || c == '＊') {
        symbols++;
      }
    }
    return symbols >= PHONE_DIGITS;
  }

  /**
   * The value {@code [from, to)} of {@code text}; a pipe between a table's cells separates its
   * pieces ({@code | 联系人：张三 | 联系电话：… |}: the value of 联系人 is 张三). A label's word, the
   * first part of one broken at the line's end ({@code 联系}) or a post in it ({@code 赵六 | 科长},
   * {@code 邮编}) is no person; a role's label in it ({@code | 承办人 |
   * 赵六 | 审核人 | 李四 |}, a row of cells without colons) makes its names those of several
   * contacts whose roles cannot be told: none is read as a name.
   */
  static ContactValue read(String text, int from, int to) {
    ContactValue v = new ContactValue();
    String printed = text.substring(from, to);
    String key = Chars.key(printed);
    // the phones, then the rest without them
    StringBuilder restKey = new StringBuilder(key);
    StringBuilder restPrinted = new StringBuilder(printed);
    Matcher m = PHONE.matcher(key);
    boolean phones = mayHoldPhone(key);
    for (int at = 0; phones && findPhone(m, key, at); at = m.end()) {
      String phone = printed.substring(m.start(), m.end());
      try {
        v.phones.add(PhoneNumber.parse(phone));
        v.phoneAt.add(m.start());
      } catch (MalformedValueException e) {
        v.badPhones.add(Chars.strip(phone));
      }
      // the phone, and a colon between it and the name before it (姜璐颖：0917-4936343), and the
      // kind of line printed after it (0731-88668123（办）): a label of the phone
      int end = m.end();
      Matcher kind = PHONE_KIND.matcher(key).region(end, key.length());
      if (kind.lookingAt()) {
        v.labels.add(Chars.strip(printed.substring(end, kind.end())));
        end = kind.end();
      }
      int start = m.start();
      int before = start;
      while (before > 0 && Chars.isBlank(key.charAt(before - 1))) {
        before--;
      }
      if (before > 0 && key.charAt(before - 1) == ':') {
        start = before - 1;
      }
      String gap = "," + " ".repeat(end - start - 1); // the phone parts the pieces around it
      restKey.replace(start, end, gap);
      restPrinted.replace(start, end, gap);
    }
    String rest = restKey.toString();
    Matcher p = PIECE.matcher(rest);
    while (p.find()) {
      v.piece(rest.substring(p.start(), p.end()), restPrinted.substring(p.start(), p.end()),
          p.start());
    }
    if (v.roleInValue) { // several contacts in one value, their roles unknown
      v.other.addAll(v.names);
      v.names.clear();
      v.nameAt.clear();
    }
    return v;
  }

  /**
   * Reads a piece, at {@code offset} in the value: a unit or section ({@link #isSection}: 办公室,
   * (工程计划股)), names of persons, or a unit and the name of its person printed after it without a
   * blank (通川区交运局冉观偲).
   */
  private void piece(String key, String printed, int offset) {
    String compact = Chars.removeBlanks(key);
    if (compact.isEmpty()) {
      return;
    }
    if (FORM_BLANK.matcher(compact).matches()) {
      other.add(Chars.removeBlanks(printed));
      formBlanks++;
      return;
    }
    String p = Chars.removeBlanks(printed);
    boolean glued = p.length() == Chars.strip(printed).length(); // no blank between its words
    String glue = GLUED_LABELS.startingAt(compact, 0); // 联系人成志鹏: its colon lost
    int gluedLabel = glue == null ? 0 : glue.length();
    String rest = p.substring(gluedLabel);
    if (glued && gluedLabel > 0 && isPersonName(rest) && Surnames.startsWithCommon(rest)
        && !isSection(Chars.key(rest)) && !isPost(Chars.key(rest))) { // not 联系人办公室, 承办人事科
      labels.add(p.substring(0, gluedLabel));
      names.add(rest);
      nameAt.add(offset + Chars.skipBlanks(printed, 0) + gluedLabel);
      return;
    }
    // a unit, or a section printed without a blank in it ((工程计划股); 李四 农水股 is two words)
    if (glued ? isSection(compact) : OrgNames.isUnit(compact)) {
      units.add(p);
      return;
    }
    for (int n = 2; n <= 3 && n + LEAST_UNIT - 1 <= compact.length() && glued; n++) {
      int at = compact.length() - n; // a unit, then its person: 通川区交运局冉观偲, 综合股李四
      if (isUnitBeside(compact.substring(0, at), false) && isPersonName(p.substring(at))
          && !POSTS.contains(p.substring(at))) { // not a post: 安全传输保障处副处长
        units.add(p.substring(0, at));
        names.add(p.substring(at));
        nameAt.add(offset + Chars.skipBlanks(printed, 0) + at);
        return;
      }
    }
    int cursor = 0; // where the name read last starts: each is found after the one before it
    for (String name : NameList.spacedNames(printed)) {
      String k = Chars.key(name);
      int at = Math.max(printed.indexOf(name.charAt(0), cursor), cursor);
      cursor = at + 1;
      ContactLabel.Kind label = ContactLabel.kindOf(k);
      if (label == ContactLabel.Kind.PHONE) {
        labels.add(name);
      } else if (label != null || isPost(k) || ContactLabel.startsLabel(k)) {
        roleInValue |= label == ContactLabel.Kind.CONTACT;
        other.add(name);
        if (isPost(k) && names.isEmpty()) { // no person before it to describe: its own entry
          notedAt.add(offset + at);
        }
      } else if (FORM_BLANK.matcher(k).matches()) { // 李四 签字: the form's mark beside the name
        other.add(name);
        formBlanks++;
      } else if (isUnitBeside(k, true)) { // a unit, a blank, its person: 县交通运输局 李四
        units.add(name);
      } else if (isPersonName(name)) {
        names.add(name);
        nameAt.add(offset + at);
      } else {
        other.add(name);
      }
    }
  }

  /**
   * What a form prints where a value is to be written, its field left blank: the mark of what goes
   * there ((签字), (公章), 李四 签字) or a date's words without its numbers (二0  年  月  日, 月 日
   * after a year read as a date). No person's name.
   */
  private static final Pattern FORM_BLANK = Pattern.compile(
      "签字|签名|签章|盖章|公章|印章|(?:[〇○零一二三四五六七八九十0-9]{0,4}年)?月日");

  /**
   * Whether the key {@code k} of a word beside a person's name, apart from it or glued before it,
   * is a unit or a section ({@link #isSection}: 县交通运输局, 镇政府办, 农水股 beside 李四; 综合股李四):
   * of at least {@value #LEAST_UNIT} characters, and not a person's name of four with a surname of
   * two that ends the way a unit does (欧阳建社); or of three ending in a word no given name ends
   * in ({@value #UNIT_ENDS}: 环卫所 beside 颜旭) or, printed {@code apart} from the person by a
   * blank, whose first is no common surname (运输科 beside 张荣; glued, 经建科张三 is not told apart).
   * Another shorter word may be a name (李文会, 王晓科).
   */
  private static boolean isUnitBeside(String k, boolean apart) {
    return isSection(k) && (k.length() > LEAST_UNIT
        || k.length() == LEAST_UNIT && !Surnames.startsWithDouble(k)
        || k.length() == LEAST_UNIT - 1 && (UNIT_ENDS.indexOf(k.charAt(k.length() - 1)) >= 0
            || apart && !Surnames.startsWithCommon(k)));
  }

  /**
   * The last characters of a unit's name that no person's given name ends with: a unit of three
   * (环卫所, 交警队, 农水股) and never the last kept of a masked person's name (县*局).
   */
  private static final String UNIT_ENDS = "所站队局处室股";

  /** The most Han chars of a part of a name transcribed with middle dots ({@link #isPersonName}). */
  private static final int MOST_NAME_PART = 7;

  /**
   * Whether {@code s} is parts of one to {@value #MOST_NAME_PART} Han chars set apart by middle
   * dots (·, •), at least two: a name transcribed from a minority language.
   */
  private static boolean dottedName(String s) {
    int part = 0; // the Han chars of the part read so far
    int parts = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '·' || c == '•') {
        if (part == 0) {
          return false;
        }
        parts++;
        part = 0;
      } else if (!Chars.isHan(c) || ++part > MOST_NAME_PART) {
        return false;
      }
    }
    return parts >= 2 && part > 0;
  }

  /** The fewest characters of a unit told apart from a person's name beside it. */
  private static final int LEAST_UNIT = 4;

  /**
   * True for a person's name: two to six Han chars, perhaps with a middle dot (·, •); a name
   * transcribed from a minority language, its parts set apart by middle dots, each part of one to
   * {@value #MOST_NAME_PART} Han chars (努尔买买提·木塔力甫, 买买提江·吾布力); or a name the publisher
   * masked, its first one or two Han chars kept, then mask characters ({@link Chars#MASKS}),
   * perhaps its last Han char after them (娄**, 侯*, 李*兴; not a unit's, 县*局).
   */
  private static boolean isPersonName(String s) {
    if (dottedName(s)) {
      return true;
    }
    if (s.length() < 2 || s.length() > 6) {
      return false;
    }
    int han = 0; // the Han chars before the mask
    while (han < s.length() && Chars.isHan(s.charAt(han))) {
      han++;
    }
    int mask = han; // the end of the mask
    while (mask < s.length() && Chars.MASKS.indexOf(Chars.key(s.charAt(mask))) >= 0) {
      mask++;
    }
    boolean lastKept = mask == s.length() || mask == s.length() - 1 && Chars.isHan(s.charAt(mask))
        && UNIT_ENDS.indexOf(s.charAt(mask)) < 0;
    if (han >= 1 && han <= 2 && mask > han && lastKept) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Chars.isHan(c) && c != '·' && c != '•') {
        return false;
      }
    }
    return true;
  }
}
