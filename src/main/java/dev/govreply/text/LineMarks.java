package dev.govreply.text;

import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.MotionKind;
import dev.govreply.model.ResultClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a header or end line made only of marks: document number (any bracket, padded, glued to
 * the class), result class (A类, A2类, bare B, 类别:A, 类 别:B, 办复类别:B, 办理结果:B, (B)),
 * category (类别:提案), disclosure (同意公开, （此件主动公开）, 是否完成对外公开:是…), signer (签发人:X)
 * and the issuer's name (…局, …局文件). Scanning is pure; findings are made when items are used.
 */
final class LineMarks {
  private LineMarks() {}

  /** What a mark is. */
  enum Kind { DOCUMENT_NUMBER, RESULT_CLASS, CATEGORY, BAD_CLASS, DISCLOSURE, SIGNER, ISSUER }

  /**
   * One mark of a line.
   *
   * @param kind what it is
   * @param start index of the mark in the line part's text
   * @param end index after the mark
   * @param valueStart index where the value starts (after a label)
   * @param value the parsed value: DocumentNumber, ResultClass, MotionKind, Disclosure or String
   * @param text the mark's value as printed
   * @param label the label consumed (类别, 签发人, 文件…), or empty
   */
  record Item(Kind kind, int start, int end, int valueStart, Object value, String text,
      String label) {}

  /** Lines with more non-blank characters than this are never marks lines. */
  private static final int MAX_WEIGHT = 80;

  static final Pattern DOCNO = Pattern.compile(
      "([\\p{IsHan}A-Za-z]{1,16})\\s*([\\[(〔【﹝〈<{])\\s*(\\d{4})\\s*([\\])〕】﹞〉>}])\\s*(第\\s*)?"
          + "(\\d{1,9})\\s*号");
  private static final Pattern SIGNER = Pattern.compile(
      "签\\s*发\\s*人\\s*:?\\s*([\\p{IsHan}·]{2,5}(?![\\p{IsHan}])|[\\p{IsHan}](?:\\s[\\p{IsHan}]){1,3}"
          + "(?![\\p{IsHan}]))");
  private static final Pattern CLASS_LABELLED = Pattern.compile(
      "(办复类别|办理结果类别|办理结果|结果类别|办理类别|答复类别|办复结果|类\\s*别)\\s*:?\\s*"
          + "([A-Za-z甲乙丙丁]\\s*\\d?\\s*类?(?![\\p{IsHan}A-Za-z])|[\\p{IsHan}]{1,6})");
  private static final Pattern DISCLOSURE = Pattern.compile(
      "[(\\[【〔]?\\s*((?:此件|本件|此答复件|此答复|此回复件|此复函|本答复)\\s*(?:同意对外公开|不同意公开"
          + "|同意公开|依申请公开|不予公开|主动公开|公开发布|不公开|公开)|同意对外公开|不同意公开|同意公开"
          + "|依申请公开|不予公开|主动公开|是否完成对外公开\\s*:\\s*是"
          + "|(?:公开属性|公开方式|公开形式|公开类型)\\s*:\\s*(?:主动公开|依申请公开|不予公开))"
          + "\\s*[)\\]】〕]?");
  private static final Pattern DISCLOSURE_PREFIX = Pattern.compile(
      "^(?:[(\\[【〔])?(?:此件|本件|此答复件|此答复|此回复件|此复函|本答复|公开属性:|公开方式:|公开形式:"
          + "|公开类型:)");

  /**
   * The disclosure a mark states: 同意公开, （此件主动公开）, 此件依申请公开, 此件公开发布, 本件不公开,
   * 公开属性：依申请公开…; empty when it states none.
   */
  static Optional<Disclosure> disclosureOf(String mark) {
    Optional<Disclosure> d = Disclosure.fromMark(mark);
    if (d.isPresent()) {
      return d;
    }
    String k = TextNorm.removeBlanks(TextNorm.key(mark));
    Matcher m = DISCLOSURE_PREFIX.matcher(k);
    if (!m.find()) {
      return Optional.empty();
    }
    String core = k.substring(m.end());
    while (!core.isEmpty() && ")]】〕。".indexOf(core.charAt(core.length() - 1)) >= 0) {
      core = core.substring(0, core.length() - 1);
    }
    return switch (core) {
      case "公开", "公开发布", "主动公开", "同意公开", "同意对外公开" -> Optional.of(Disclosure.PUBLIC);
      case "依申请公开" -> Optional.of(Disclosure.ON_REQUEST);
      case "不公开", "不予公开", "不同意公开" -> Optional.of(Disclosure.NOT_PUBLIC);
      default -> Optional.empty();
    };
  }
  private static final Pattern CLASS_BARE = Pattern.compile(
      "(?<![A-Za-z0-9])([A-Da-d甲乙丙丁])\\s*(\\d)?\\s*类(?!别)");
  private static final Pattern CLASS_BRACKET = Pattern.compile(
      "[(\\[【〔]\\s*([A-D])\\s*(\\d)?\\s*类?\\s*[)\\]】〕]");
  private static final Pattern CLASS_ALONE = Pattern.compile("^\\s*([A-D])\\s*(\\d)?\\s*$");

  /**
   * The marks of {@code line} when the line holds nothing else (separators such as | , ; aside);
   * null otherwise. An empty line gives null.
   */
  static List<Item> scan(Line line) {
    String text = line.text();
    if (TextNorm.weight(text, MAX_WEIGHT) > MAX_WEIGHT) {
      return null; // marks lines are short
    }
    String key = TextNorm.key(text);
    char[] k = key.toCharArray();
    List<Item> items = new ArrayList<>(3);
    // cheap character tests before each pattern
    if (key.indexOf('号') >= 0 && hasOpenBracket(key)) {
      docNumbers(text, k, items);
    }
    if (key.indexOf('签') >= 0) {
      signer(text, k, items);
    }
    // every class label has 别 but 办理结果 and 办复结果
    if (key.indexOf('别') >= 0 || key.contains("办理结果")
        || (key.indexOf('类') >= 0 && key.contains("办复结果"))) {
      labelledClass(text, k, items);
    }
    if (key.contains("公开")) {
      disclosure(text, k, items);
    }
    if (key.indexOf('类') >= 0) {
      simple(CLASS_BARE, LineMarks::bareClassStart, text, k, items);
    }
    if (key.indexOf(')') >= 0 || key.indexOf(']') >= 0 || key.indexOf('】') >= 0
        || key.indexOf('〕') >= 0) {
      simple(CLASS_BRACKET, (t, i) -> isClassOpen(t.charAt(i)), text, k, items);
    }
    if (TextNorm.weight(text, 3) <= 2) {
      simple(CLASS_ALONE, (t, i) -> i == 0, text, k, items); // anchored by ^
    }
    // the rest: nothing, separators, or the issuer's name (…文件)
    int a = 0;
    int b = k.length;
    while (a < b && isFiller(k[a])) {
      a++;
    }
    while (b > a && isFiller(k[b - 1])) {
      b--;
    }
    if (a < b) {
      String rest = new String(k, a, b - a);
      String compact = TextNorm.removeBlanks(rest);
      String label = "";
      if (compact.endsWith("文件") && compact.length() > 2) {
        compact = compact.substring(0, compact.length() - 2);
        label = "文件";
      }
      for (int i = a; i < b; i++) {
        if (k[i] == '\u0000') {
          return null; // another mark sits inside: not one name
        }
      }
      if (!OrgNames.isName(compact)) {
        return null;
      }
      String printed = TextNorm.removeBlanks(text.substring(a, b));
      if (!label.isEmpty()) {
        printed = printed.substring(0, printed.length() - 2);
      }
      items.add(new Item(Kind.ISSUER, a, b, a, printed, printed, label));
    }
    if (items.isEmpty()) {
      return null;
    }
    items.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return items;
  }

  // The first chars of the patterns' matches, so that they are only tried where they can start
  // (TextNorm.find): a scan with find() tries every index, and the patterns with \p{IsHan} are
  // slow at each.

  /**
   * The indices where a {@link #DOCNO} match can start: up to 16 Han chars or Latin letters, then
   * {@code \s*}, before an opening bracket (a superset: surrogates are passed over uncounted).
   */
  private static boolean[] docNumberStarts(String key) {
    boolean[] ok = new boolean[key.length()];
    for (int b = 0; b < key.length(); b++) {
      if (!isDocNumberOpen(key.charAt(b))) {
        continue;
      }
      int j = b;
      while (j > 0 && TextNorm.isRegexSpace(key.charAt(j - 1))) {
        j--;
      }
      int letters = 0;
      while (j > 0 && letters < 16) {
        char c = key.charAt(j - 1);
        if (Character.isSurrogate(c)) {
          j--;
          continue;
        }
        if (!(BodyScan.han(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
          break;
        }
        j--;
        letters++;
      }
      for (int i = j; i < b; i++) {
        ok[i] = true;
      }
    }
    return ok;
  }

  private static boolean isDocNumberOpen(char c) {
    switch (c) {
      case '[', '(', '〔', '【', '﹝', '〈', '<', '{':
        return true;
      default:
        return false;
    }
  }

  /** {@code [(\[【〔]}: the opening brackets of {@link #DISCLOSURE} and {@link #CLASS_BRACKET}. */
  private static boolean isClassOpen(char c) {
    return c == '(' || c == '[' || c == '【' || c == '〔';
  }

  private static boolean classLabelStart(String s, int i) {
    char c = s.charAt(i);
    return c == '办' || c == '结' || c == '答' || c == '类';
  }

  private static boolean disclosureStart(String s, int i) {
    char c = s.charAt(i);
    return isClassOpen(c) || TextNorm.isRegexSpace(c) || c == '此' || c == '本' || c == '同'
        || c == '不' || c == '依' || c == '主' || c == '是' || c == '公';
  }

  private static boolean bareClassStart(String s, int i) {
    char c = s.charAt(i);
    return (c >= 'A' && c <= 'D') || (c >= 'a' && c <= 'd') || c == '甲' || c == '乙'
        || c == '丙' || c == '丁';
  }

  /** True when {@code key} holds an opening bracket that {@link #DOCNO} accepts. */
  private static boolean hasOpenBracket(String key) {
    for (int i = 0, n = key.length(); i < n; i++) {
      if (isDocNumberOpen(key.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFiller(char c) {
    return TextNorm.isBlankChar(c) || c == '\u0000' || c == '|' || c == ',' || c == ';'
        || c == '、' || c == ':';
  }

  private static void blank(char[] k, int start, int end) {
    for (int i = start; i < end; i++) {
      k[i] = '\u0000';
    }
  }

  private static void docNumbers(String text, char[] k, List<Item> items) {
    String key = new String(k);
    boolean[] starts = docNumberStarts(key);
    int from = 0;
    int len = key.length();
    while (true) {
      // the first match from `from`, as TextNorm.find(DOCNO.matcher(key), key, from, starts)
      int start = -1;
      int end = -1;
      for (int i = from; i < len; i++) {
        if (starts[i] && (end = docNumberEnd(key, i)) >= 0) {
          start = i;
          break;
        }
      }
      if (start < 0) {
        return;
      }
      from = end;
      String printed = text.substring(start, end);
      try {
        DocumentNumber n = DocumentNumber.parse(printed);
        items.add(new Item(Kind.DOCUMENT_NUMBER, start, end, start, n, printed, ""));
        blank(k, start, end);
      } catch (MalformedValueException e) {
        // not a number after all: left in the text
      }
    }
  }

  /**
   * The end of a {@link #DOCNO} match at {@code i} of {@code s} ({@code lookingAt} from there),
   * or -1. Written out: each part of the pattern can only match its longest run (a shorter one
   * leaves a char that the next part cannot start with), so no backtracking is needed.
   */
  static int docNumberEnd(String s, int i) {
    int n = s.length();
    int p = i;
    int letters = 0;
    while (letters < 16 && p < n) {
      int cp = s.codePointAt(p);
      if (!((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')
          || (cp >= 0x80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))) {
        break;
      }
      p += Character.charCount(cp);
      letters++;
    }
    if (letters == 0) {
      return -1;
    }
    p = skipRegexSpaces(s, p);
    if (p >= n || !isDocNumberOpen(s.charAt(p))) {
      return -1;
    }
    p = skipRegexSpaces(s, p + 1);
    for (int d = 0; d < 4; d++, p++) {
      if (p >= n || !isAsciiDigit(s.charAt(p))) {
        return -1;
      }
    }
    p = skipRegexSpaces(s, p);
    if (p >= n || !isDocNumberClose(s.charAt(p))) {
      return -1;
    }
    p = skipRegexSpaces(s, p + 1);
    if (p < n && s.charAt(p) == '第') {
      p = skipRegexSpaces(s, p + 1);
    }
    int digits = 0;
    while (p < n && isAsciiDigit(s.charAt(p))) {
      p++;
      digits++;
    }
    if (digits == 0 || digits > 9) {
      return -1;
    }
    p = skipRegexSpaces(s, p);
    return p < n && s.charAt(p) == '号' ? p + 1 : -1;
  }

  private static int skipRegexSpaces(String s, int p) {
    while (p < s.length() && TextNorm.isRegexSpace(s.charAt(p))) {
      p++;
    }
    return p;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDocNumberClose(char c) {
    switch (c) {
      case ']', ')', '〕', '】', '﹞', '〉', '>', '}':
        return true;
      default:
        return false;
    }
  }

  private static void signer(String text, char[] k, List<Item> items) {
    String key = new String(k);
    Matcher m = SIGNER.matcher(key);
    if (TextNorm.find(m, key, 0, (s, i) -> s.charAt(i) == '签')) {
      String name = TextNorm.removeBlanks(text.substring(m.start(1), m.end(1)));
      items.add(new Item(Kind.SIGNER, m.start(), m.end(), m.start(1), name, name,
          TextNorm.removeBlanks(text.substring(m.start(), m.start(1))).replace(":", "")
              .replace("：", "")));
      blank(k, m.start(), m.end());
    }
  }

  private static void labelledClass(String text, char[] k, List<Item> items) {
    String key = new String(k);
    Matcher m = CLASS_LABELLED.matcher(key);
    if (!TextNorm.find(m, key, 0, LineMarks::classLabelStart)) {
      return;
    }
    String label = TextNorm.removeBlanks(text.substring(m.start(1), m.end(1)));
    String value = TextNorm.removeBlanks(text.substring(m.start(2), m.end(2)));
    Item item;
    try {
      item = new Item(Kind.RESULT_CLASS, m.start(), m.end(), m.start(2),
          ResultClass.parse(value), value, label);
    } catch (MalformedValueException e) {
      Optional<MotionKind> kind = MotionKind.fromChinese(TextNorm.key(value));
      item = kind.isPresent()
          ? new Item(Kind.CATEGORY, m.start(), m.end(), m.start(2), kind.get(), value, label)
          : new Item(Kind.BAD_CLASS, m.start(), m.end(), m.start(2), value, value, label);
    }
    items.add(item);
    blank(k, m.start(), m.end());
  }

  private static void disclosure(String text, char[] k, List<Item> items) {
    String key = new String(k);
    Matcher m = DISCLOSURE.matcher(key);
    int from = 0;
    while (TextNorm.find(m, key, from, LineMarks::disclosureStart)) {
      from = m.end();
      String printed = text.substring(m.start(), m.end());
      Optional<Disclosure> d = disclosureOf(TextNorm.key(printed));
      if (d.isPresent()) {
        items.add(new Item(Kind.DISCLOSURE, m.start(), m.end(), m.start(1), d.get(),
            TextNorm.strip(printed), ""));
        blank(k, m.start(), m.end());
      }
    }
  }

  private static void simple(Pattern p, TextNorm.Starts starts, String text, char[] k,
      List<Item> items) {
    String key = new String(k);
    Matcher m = p.matcher(key);
    int from = 0;
    while (TextNorm.find(m, key, from, starts)) {
      from = m.end();
      String printed = text.substring(m.start(), m.end());
      try {
        ResultClass c = ResultClass.parse(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
        items.add(new Item(Kind.RESULT_CLASS, m.start(), m.end(), m.start(1), c,
            TextNorm.strip(printed), ""));
        blank(k, m.start(), m.end());
      } catch (MalformedValueException e) {
        // not a class
      }
    }
  }
}
