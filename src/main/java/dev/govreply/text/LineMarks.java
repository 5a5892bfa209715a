package dev.govreply.text;

import dev.govreply.internal.CharSet;
import dev.govreply.internal.Chars;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.MotionKind;
import dev.govreply.model.ResultClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a header or end line made only of marks: document number (any bracket, padded, glued to
 * the class), result class (A类, A2类, bare B, 类别:A, 类 别:B, 办复类别:B, 办理结果:B, (B)),
 * category (类别:提案), disclosure (同意公开, （此件主动公开）, 是否完成对外公开:是…), signer (签发人:X)
 * and the issuer's name (…局, …局文件). Scanning is pure; findings are made when items are used.
 *
 * <p>Each mark is one pattern, matched against the line's {@linkplain Chars#key(String) key}; the
 * marks are looked for in a fixed order (document number, signer ({@link SignerMark}), labelled
 * class, disclosure, class in brackets, class with 类, the other signers of a joint letter, a
 * class letter alone), and each mark found is taken out of
 * the key before the next pattern reads it, so that no text is read as two marks. A 类 left alone
 * beside other marks is a class that lost its letter in capture ({@link Kind#BAD_CLASS}: no class
 * is guessed). What is left must be separators or the issuer's name, else the line is no line of
 * marks.
 */
final class LineMarks {
  private LineMarks() {}

  /** What a mark is. */
  enum Kind {
    DOCUMENT_NUMBER,
    /** Text shaped like a document number that cannot be read (东政建议复2017〕1号: 〔 lost). */
    DAMAGED_NUMBER,
    RESULT_CLASS, CATEGORY, BAD_CLASS, DISCLOSURE, SIGNER, ISSUER
  }

  /**
   * One mark of a line.
   *
   * @param kind what it is
   * @param start index of the mark in the line part's text
   * @param end index after the mark
   * @param value the parsed value: DocumentNumber, ResultClass, MotionKind, Disclosure or String
   * @param text the mark's value as printed
   * @param label the label consumed (类别, 签发人, 文件…), or empty
   */
  record Item(Kind kind, int start, int end, Object value, String text, String label) {}

  /** Lines with more non-blank characters than this are never lines of marks. */
  private static final int MAX_WEIGHT = 80;

  /** The brackets the year of a document number opens with (key chars): 〔2024〕, [2017], 【2023】. */
  private static final String YEAR_OPENING = "[(〔【﹝〈<{";
  /** The brackets around a document number's year, opening and closing: one may be lost. */
  private static final String YEAR_BRACKETS = YEAR_OPENING + "])〕】﹞〉>}";

  /**
   * The year of a document number: four digits, perhaps spaced out as a letter-spaced line prints
   * them (新环提字 〔 20 21 〕 4 号).
   */
  private static final String YEAR = "\\d(?:\\s*\\d){3}";

  /**
   * A document number (文号): the issuer's code (up to 16 Han characters or Latin letters), the
   * year in any bracket, an optional 第 and the serial before 号: 平政字〔2024〕12号, 平交复函[2017]19号,
   * 某水函【2023】009号.
   */
  static final Pattern DOCUMENT_NUMBER = Pattern.compile(
      "([" + Chars.HAN + "A-Za-z]{1,16}+)\\s*([" + Pattern.quote(YEAR_OPENING)
          + "])\\s*(" + YEAR + ")\\s*([\\])〕】﹞〉>}])\\s*(第\\s*)?(\\d{1,9})\\s*号");
  /**
   * A document number printed with its year before the issuer's code, as some offices print it:
   * (2018)阜水务字第15号, [2016]洞政复函 3号 ({@link DocumentNumber#parse} reads it).
   */
  private static final Pattern YEAR_FIRST_NUMBER = Pattern.compile(
      "([" + Pattern.quote(YEAR_OPENING) + "])\\s*(" + YEAR + ")\\s*([\\])〕】﹞〉>}])\\s*"
          + "([" + Chars.HAN + "A-Za-z]{1,16}?)\\s*(第\\s*)?(\\d{1,9})\\s*号");

  /** The forms of a document number, read in this order. */
  private static final List<Pattern> NUMBERS = List.of(DOCUMENT_NUMBER, YEAR_FIRST_NUMBER);

  /**
   * Text shaped like a document number that {@link #DOCUMENT_NUMBER} does not read: the issuer's
   * code and the year with one of its brackets at least, then up to six characters before 号 (东政建议复
   * 2017〕1号, 湘教提复字〔2019〕来信号), the brackets in groups 1 and 2; or the code, a year of this
   * or the last century in a bracket of years (not a round one, which a phone's area code has:
   * 联系电话（0730）2222076) and its serial, 号 lost (湘阴交议复字〔202312), the bracket in group 3.
   */
  private static final Pattern DAMAGED_NUMBER = Pattern.compile(
      "[" + Chars.HAN + "A-Za-z]{1,16}+\\s*(?:([" + Pattern.quote(YEAR_OPENING) + "])?\\s*\\d{4}\\s*"
          + "([\\])〕】﹞〉>}])?\\s*[^\\s号]{1,6}?\\s*号"
          + "|([\\[〔【﹝〈<{])\\s*(?:19|20)\\d{2}\\s*[\\]〕】﹞〉>}]?\\s*\\d{1,9}(?![\\d号]))");
  /**
   * A labelled result class (类别:A, 办理结果:B类, 办复类别：C, 办理结果分类:C, 办理结果:(C),
   * 办理结果:(B)类) or what such a label gives instead: a category (类别:提案) or a value that is no
   * class (办理结果:办结), in group 2.
   */
  private static final List<String> CLASS_LABELS = List.of("办复类别", "办理结果类别", "办理结果分类",
      "办理结果标注", "办理结果", "结果类别", "办理类别", "办理类型", "答复类别", "答复类型", "办复类型",
      "办复结果", "类别标记", "复文分类", "分类", "标注");
  private static final Pattern LABELLED_CLASS = Pattern.compile(
      "(" + String.join("|", CLASS_LABELS) + "|类\\s*别)\\s*:?\\s*(?:[(\\[【〔]\\s*)?"
          + "([A-Za-z甲乙丙丁]\\s*\\d?\\s*类?(?![" + Chars.HAN + "A-Za-z])|[" + Chars.HAN + "]{1,6})"
          + "(?:\\s*[)\\]】〕](?:\\s*类(?!别))?)?");
  /**
   * A disclosure mark (公开属性), possibly in brackets ({@code open}, {@code close}). Its statement
   * is a consent mark or standard label standing alone (同意公开, 同意对外公开, 不同意公开, 可以公开, 可公开,
   * 不可以公开, 主动公开, 依申请公开, 不予公开), 是否完成对外公开：是 (its answer perhaps in brackets, then perhaps without
   * the colon: 是否同意公开:(是), 是否同意公开(是)), or a qualified statement ({@code qualified}): any
   * disclosure after its subject (此件主动公开, 本件不公开, 此回复件公开) or a standard label after an
   * attribute label (公开属性：依申请公开). What a statement says is read by {@link
   * Disclosure#fromMark}.
   */
  private static final Pattern DISCLOSURE = Pattern.compile(
      "(?<open>[" + Pattern.quote(DisclosureWords.OPEN) + "])?\\s*(?<statement>(?<qualified>(?:"
          + DisclosureWords.any(DisclosureWords.SUBJECTS) + ")\\s*(?:"
          + DisclosureWords.any(DisclosureWords.AFTER_SUBJECT) + ")|(?:"
          + DisclosureWords.any(DisclosureWords.ATTRIBUTES) + ")\\s*:\\s*(?:"
          + DisclosureWords.any(DisclosureWords.STANDARD) + "))|"
          + DisclosureWords.any(DisclosureWords.ALONE) + "|(?:"
          + DisclosureWords.any(DisclosureWords.ASKED)
          + ")(?:\\s*:\\s*(?:[(\\[【〔]\\s*[是否]\\s*[)\\]】〕]|[是否])"
          + "|\\s*[(\\[【〔]\\s*[是否]\\s*[)\\]】〕]))\\s*(?<close>[)\\]】〕])?");

  /** The words {@link #DISCLOSURE} is made of, and the characters its marks start with. */
  private static final class DisclosureWords {
    /** The brackets a disclosure mark may open with (key chars). */
    static final String OPEN = "([【〔";
    /** The attribute's plain word, a mark alone on its line only. */
    static final String PLAIN = "公开";
    /** The subject of a qualified statement: 此件主动公开. */
    static final List<String> SUBJECTS = dev.govreply.internal.DisclosureWords.SUBJECTS;
    /**
     * What a subject says of its disclosure: each of {@link Disclosure#marks()} that answers no
     * question (主动公开, 同意公开, 可公开, 不可以公开 …), the longest first.
     */
    static final List<String> AFTER_SUBJECT = Arrays.stream(Disclosure.values())
        .flatMap(d -> d.marks().stream()).filter(m -> m.indexOf(':') < 0)
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** The labels of a disclosure attribute: 公开属性：依申请公开, 信息公开选项：主动公开. */
    static final List<String> ATTRIBUTES = dev.govreply.internal.DisclosureWords.ATTRIBUTES;
    /** The standard labels an attribute gives. */
    static final List<String> STANDARD = List.of("主动公开", "依申请公开", "不予公开");
    /**
     * The consent marks and standard labels that stand alone, and the attribute 公开 printed alone
     * on its line in a header (类别:A / 公开 / 文号), which is a mark only there.
     */
    static final List<String> ALONE = List.of("同意对外公开", "不同意公开", "同意公开", "不可以公开", "不可公开",
        "可以公开", "可公开", "依申请公开", "不予公开", "主动公开", DisclosureWords.PLAIN);
    /** The questions a ledger-style mark answers with 是 or 否 (是否同意公开：是). */
    static final List<String> ASKED = List.of("是否完成对外公开", "是否同意公开", "是否公开");

    /** The characters a mark starts with: a bracket, a blank, or a statement's first word's. */
    static final String FIRST = OPEN + firstChars(SUBJECTS) + firstChars(ATTRIBUTES)
        + firstChars(ALONE) + firstChars(ASKED);

    static String any(List<String> words) {
      return String.join("|", words);
    }

    private static String firstChars(List<String> words) {
      StringBuilder sb = new StringBuilder();
      for (String w : words) {
        sb.append(w.charAt(0));
      }
      return sb.toString();
    }

    /** Whether a disclosure mark may start at {@code i} of {@code key}. */
    static boolean start(String key, int i) {
      char c = key.charAt(i);
      return FIRST.indexOf(c) >= 0 || TextNorm.isRegexSpace(c);
    }
  }

  /** The letters of a result class with 类, either case: A类, b类, 甲类. */
  private static final String CLASS_LETTERS = "ABCDabcd甲乙丙丁";
  /** A result class with 类: A类, b类, B2类, 甲类 (not 类别, and not inside a Latin word or number). */
  private static final Pattern CLASS_WITH_WORD = Pattern.compile(
      "(?<![A-Za-z0-9])([" + CLASS_LETTERS + "])\\s*(\\d)?\\s*类(?!别)");
  /** The brackets a class in brackets opens with (key chars). */
  private static final String CLASS_OPENING = "([【〔";
  /** A result class in brackets: (B), 【A类】, [C1], and (A)类 with 类 after them. */
  private static final Pattern CLASS_IN_BRACKETS = Pattern.compile(
      "[" + Pattern.quote(CLASS_OPENING) + "]\\s*([A-D])\\s*(\\d)?\\s*类?\\s*[)\\]】〕](?:\\s*类(?!别))?");
  /**
   * A class letter standing alone on its line (B, A2), or beside the other marks of its line once
   * they are taken out: the mark is the letter and its digit, the first of the line's chars.
   */
  private static final Pattern CLASS_ALONE = Pattern.compile("([A-D])(?:\\s*(\\d))?(?=\\s*$)");
  /**
   * Whether a labelled class is looked for on a line with this key: when the line names a class
   * (类 or 别) or holds 办理结果 or 标注 (标注〔B〕). So 办复结果 labels a class on 办复结果：A类 but
   * not on 办复结果：A, as the reader has always read it.
   */
  private static boolean namesClass(String key) {
    return key.indexOf('类') >= 0 || key.indexOf('别') >= 0 || key.contains("办理结果")
        || key.contains("标注");
  }

  /**
   * The marks of {@code line} when the line holds nothing else (separators such as | , ; aside);
   * null otherwise. An empty line gives null.
   */
  static List<Item> scan(Line line) {
    String text = line.text();
    if (!Chars.weightAtMost(text, MAX_WEIGHT)) {
      return null; // lines of marks are short
    }
    String key = line.key();
    char[] k = key.toCharArray(); // the key, each mark taken out once read
    List<Item> items = new ArrayList<>(3);
    // each mark is looked for on the lines that have its word (the patterns are slow to fail)
    if (Chars.hasAny(key, YEAR_BRACKETS)) { // a bracketed year (号 after it perhaps lost)
      documentNumbers(text, k, items);
    }
    if (key.indexOf('签') >= 0) { // the signer's label is 签发人 or 签发:
      SignerMark.signer(text, k, items);
    }
    if (namesClass(key)) {
      labelledClass(text, key, k, items);
    }
    if (key.contains("公开")) { // every disclosure mark says 公开
      disclosures(text, key, k, items);
    }
    if (Chars.hasAny(key, CLASS_OPENING)) { // before 类 alone, which (A类) holds too
      classes(CLASS_IN_BRACKETS, (t, i) -> CLASS_OPENING.indexOf(t.charAt(i)) >= 0, text, key, k,
          items);
    }
    if (key.indexOf('类') >= 0) {
      classes(CLASS_WITH_WORD, (t, i) -> CLASS_LETTERS.indexOf(t.charAt(i)) >= 0, text, key, k,
          items);
    }
    SignerMark.otherSigners(text, k, items); // after the signer once the other marks are read
    // what the marks read so far leave
    String left = new String(k).replace(TAKEN, ' '); // (a form's serial is taken with no item)
    if (Chars.weightAtMost(left, 2)) { // a class alone is a letter and perhaps a digit: A2, and
      int read = items.size(); // beside the other marks of its line: 琼土环资函〔2006〕187号 B
      int first = Chars.skipBlanks(left, 0); // where a class alone starts: nothing before it
      classes(CLASS_ALONE, (t, i) -> i == first, text, left, left.toCharArray(), items);
      int lost = left.indexOf('类'); // 平教字〔2021〕19号 类 同意公开: the class lost its letter
      if (items.size() == read && read > 0 && lost >= 0 && Chars.removeBlanks(left).equals("类")) {
        items.add(new Item(Kind.BAD_CLASS, lost, lost + 1, "类", "类", ""));
      }
      for (int i = read; i < items.size(); i++) {
        take(k, items.get(i).start(), items.get(i).end());
      }
    }
    if (!issuer(text, k, items)) {
      return null;
    }
    if (items.isEmpty()) {
      return null;
    }
    items.sort(Comparator.comparingInt(Item::start));
    return List.copyOf(items);
  }

  /** The characters a labelled class may start with: a label's first, or 类 (类别, perhaps spaced). */
  private static final CharSet CLASS_LABEL_FIRST = CharSet.of(
      CLASS_LABELS.stream().map(l -> l.substring(0, 1)).collect(Collectors.joining()) + "类");

  /** Whether a labelled class may start at {@code i} of {@code key}: a label's first char. */
  private static boolean classLabelStart(String key, int i) {
    return CLASS_LABEL_FIRST.contains(key.charAt(i));
  }

  private static void documentNumbers(String text, char[] k, List<Item> items) {
    for (Pattern number : NUMBERS) {
      Matcher m = number.matcher(new String(k)); // what is left of the key
      while (m.find()) {
        String printed = text.substring(m.start(), m.end());
        try {
          DocumentNumber n = DocumentNumber.parse(printed);
          if (SERIAL_LABELS.stream().anyMatch(n.issuerCode()::endsWith)) {
            take(k, m.start(), m.end()); // 编号(2022)第252号: a form's serial, no body's code,
            continue; // nor a document number damaged
          }
          items.add(new Item(Kind.DOCUMENT_NUMBER, m.start(), m.end(), n, printed, ""));
          take(k, m.start(), m.end());
        } catch (MalformedValueException e) {
          // not a number after all: left in the text
        }
      }
    }
    Matcher d = DAMAGED_NUMBER.matcher(new String(k)); // what the numbers read leave
    while (d.find()) {
      if (d.group(1) != null || d.group(2) != null || d.group(3) != null) {
        String printed = text.substring(d.start(), d.end());
        items.add(new Item(Kind.DAMAGED_NUMBER, d.start(), d.end(), printed, printed, ""));
        take(k, d.start(), d.end());
      }
    }
  }

  /**
   * How the labels of a serial number end, which read as a body's code before a year in brackets
   * (编号(2022)第252号 on a proposal form, 提案编号, 案号, 登记号): no document number.
   */
  private static final List<String> SERIAL_LABELS = List.of("编号", "序号", "案号", "议号", "登记号");

  private static void labelledClass(String text, String key, char[] k, List<Item> items) {
    Matcher m = LABELLED_CLASS.matcher(new String(k)); // what is left of the key
    if (!TextNorm.find(m, key, 0, LineMarks::classLabelStart)) {
      return;
    }
    String label = Chars.removeBlanks(text.substring(m.start(1), m.end(1)));
    String value = Chars.removeBlanks(text.substring(m.start(2), m.end(2)));
    Item item;
    try {
      item = new Item(Kind.RESULT_CLASS, m.start(), m.end(), ResultClass.parse(value), value,
          label);
    } catch (MalformedValueException e) {
      Optional<MotionKind> kind = MotionKind.fromChinese(Chars.key(value));
      item = kind.isPresent()
          ? new Item(Kind.CATEGORY, m.start(), m.end(), kind.get(), value, label)
          : new Item(Kind.BAD_CLASS, m.start(), m.end(), value, value, label);
    }
    items.add(item);
    take(k, m.start(), m.end());
  }

  /**
   * The disclosure marks of the key {@code k}. A qualified statement is a mark with either bracket
   * or both; one that stands alone is a mark without brackets or in a pair of them, while with a
   * bracket on one side only it is the broken end of a longer mark ({@code （此件} / {@code
   * 主动公开）}) and is not read.
   */
  private static void disclosures(String text, String key, char[] k, List<Item> items) {
    Matcher m = DISCLOSURE.matcher(new String(k)); // what is left of the key
    for (int from = 0; TextNorm.find(m, key, from, DisclosureWords::start); from = m.end()) {
      boolean whole = m.start("qualified") >= 0
          || (m.start("open") >= 0) == (m.start("close") >= 0);
      String statement = m.group("statement");
      Optional<Disclosure> d = Chars.removeBlanks(statement).equals(DisclosureWords.PLAIN)
          ? aloneOnLine(key, m) || besideClassAlone(key, m) ? Optional.of(Disclosure.PUBLIC)
          : Optional.empty()
          : Disclosure.fromMark(statement);
      if (whole && d.isPresent()) {
        items.add(new Item(Kind.DISCLOSURE, m.start(), m.end(), d.get(),
            Chars.strip(text.substring(m.start(), m.end())), ""));
        take(k, m.start(), m.end());
      }
    }
  }

  /** Whether the match {@code m} is all the line's key {@code key} holds, blanks aside. */
  private static boolean aloneOnLine(String key, Matcher m) {
    return Chars.isBlank(key.substring(0, m.start())) && Chars.isBlank(key.substring(m.end()));
  }

  /**
   * Whether the match {@code m} of {@code key} is in brackets after a class alone, all else on
   * its line blank: A(公开), the class and the reply's disclosure.
   */
  private static boolean besideClassAlone(String key, Matcher m) {
    return m.start("open") >= 0 && Chars.isBlank(key.substring(m.end()))
        && CLASS_ALONE.matcher(Chars.strip(key.substring(0, m.start()))).matches();
  }

  /** The result classes that {@code p} finds: the letter in group 1, the sub-class in group 2. */
  private static void classes(Pattern p, TextNorm.Starts starts, String text, String key,
      char[] k, List<Item> items) {
    Matcher m = p.matcher(new String(k)); // what is left of the key
    for (int from = 0; TextNorm.find(m, key, from, starts); from = m.end()) {
      try {
        ResultClass c = ResultClass.parse(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
        items.add(new Item(Kind.RESULT_CLASS, m.start(), m.end(), c,
            Chars.strip(text.substring(m.start(), m.end())), ""));
        take(k, m.start(), m.end());
      } catch (MalformedValueException e) {
        // not a class
      }
    }
  }

  /** A mark taken out of the key. */
  private static final char TAKEN = '\u0000';

  /** Takes the mark at {@code [start, end)} out of the key {@code k}. */
  static void take(char[] k, int start, int end) {
    for (int i = start; i < end; i++) {
      k[i] = TAKEN;
    }
  }

  /** The separators that may stand between the marks of a line: | , ; 、 : and blanks (key chars). */
  private static boolean isSeparator(char c) {
    return c == '|' || c == ',' || c == ';' || c == '、' || c == ':' || Chars.isBlank(c);
  }

  /** Whether {@code k[from, to)} holds nothing but marks taken out and separators. */
  private static boolean onlyTaken(char[] k, int from, int to) {
    for (int i = from; i < to; i++) {
      if (k[i] != TAKEN && !isSeparator(k[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a disclosure statement of {@code items} ends at key index {@code i}: a full stop there
   * ends it as the sentence it is (此件公开发布。).
   */
  private static boolean endsStatement(List<Item> items, int i) {
    return items.stream().anyMatch(it -> it.kind() == Kind.DISCLOSURE && it.end() == i);
  }

  /** The brackets (key chars) that may stand alone beside marks, their partner lost: A类). */
  private static final String LOST_PARTNER = "()[]【】〔〕";

  /**
   * Reads what is left of the key {@code k} once the marks are taken out: nothing but separators
   * or a bracket alone (true), the issuer's name, possibly followed by 文件 (某某市水利局文件; an item
   * is added, true), or anything else (false: the line is no line of marks).
   */
  private static boolean issuer(String text, char[] k, List<Item> items) {
    int a = 0;
    int b = k.length;
    while (a < b && (k[a] == TAKEN || isSeparator(k[a]))) {
      a++;
    }
    int last = b - 1;
    while (last > a && Chars.isBlank(k[last])) {
      last--;
    }
    if (last > a && k[last] == ',' && OrgNames.isNameChar(k[last - 1])) {
      return false; // a clause the text goes on from: 自治区科技厅依托华蓝设计(集团)有限公司,
    }
    while (b > a && (k[b - 1] == TAKEN || isSeparator(k[b - 1])
        || k[b - 1] == '。' && endsStatement(items, b - 1))) {
      b--;
    }
    if (a == b || b - a == 1 && LOST_PARTNER.indexOf(k[a]) >= 0) {
      return true; // nothing else, or a bracket whose partner was lost in capture: A类)
    }
    if (!items.isEmpty() && k[a] == '[' && k[b - 1] == ']' && onlyTaken(k, a + 1, b - 1)) {
      return true; // the marks of a form's field, wrapped in square brackets: [办理结果标注(A1)]
    }
    for (int i = a; i < b; i++) {
      if (!OrgNames.isNameChar(k[i]) && !Chars.isBlank(k[i])) {
        return false; // a mark or a char that no name has
      }
    }
    String name = Chars.removeBlanks(new String(k, a, b - a));
    String printed = Chars.removeBlanks(text.substring(a, b));
    String label = "";
    if (name.endsWith("文件") && name.length() > 2) {
      name = name.substring(0, name.length() - 2);
      printed = printed.substring(0, printed.length() - 2);
      label = "文件";
    }
    if (!OrgNames.isNameAlone(name)) {
      return false;
    }
    items.add(new Item(Kind.ISSUER, a, b, printed, printed, label));
    return true;
  }
}
