package dev.govreply.text;

import dev.govreply.internal.Chars;
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
  static final Pattern DISCLOSURE = Pattern.compile(
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
    String k = Chars.removeBlanks(Chars.key(mark));
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
  static final Pattern CLASS_BARE = Pattern.compile(
      "(?<![A-Za-z0-9])([A-Da-d甲乙丙丁])\\s*(\\d)?\\s*类(?!别)");
  static final Pattern CLASS_BRACKET = Pattern.compile(
      "[(\\[【〔]\\s*([A-D])\\s*(\\d)?\\s*类?\\s*[)\\]】〕]");
  private static final Pattern CLASS_ALONE = Pattern.compile("^\\s*([A-D])\\s*(\\d)?\\s*$");

  /**
   * The marks of {@code line} when the line holds nothing else (separators such as | , ; aside);
   * null otherwise. An empty line gives null.
   */
  static List<Item> scan(Line line) {
    return surelyNone(line.text()) ? null : scanSlow(line);
  }

  /** {@link #scan} without the pre-check {@link #surelyNone}. */
  static List<Item> scanSlow(Line line) {
    String text = line.text();
    if (!Chars.weightAtMost(text, MAX_WEIGHT)) {
      return null; // marks lines are short
    }
    String key = Chars.key(text);
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
      bareClasses(text, k, items);
    }
    if (key.indexOf(')') >= 0 || key.indexOf(']') >= 0 || key.indexOf('】') >= 0
        || key.indexOf('〕') >= 0) {
      bracketClasses(text, k, items);
    }
    if (Chars.weight(text, 3) <= 2) {
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
      for (int i = a; i < b; i++) {
        char c = k[i];
        if (c == '\u0000' || !(OrgNames.isNameChar(c) || Chars.isBlank(c))) {
          // another mark inside, or a char no name has (文件 are name chars): null below
          return null;
        }
      }
      String rest = new String(k, a, b - a);
      String compact = Chars.removeBlanks(rest);
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
      String printed = Chars.removeBlanks(text.substring(a, b));
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

  /** True when {@code key} holds an opening bracket that {@link #DOCNO} accepts. */
  private static boolean hasOpenBracket(String key) {
    for (int i = 0, n = key.length(); i < n; i++) {
      if (isDocNumberOpen(key.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An exact pre-check of {@link #scan}, in one pass without allocating: true when {@code scan}
   * of a line with this text gives null for sure. That is so when the line is too long for marks,
   * or when the key holds nothing that one of the mark scans of {@link #scanSlow} needs before it
   * looks (see {@link #needs}), so that no item is found, has more than two non-blank chars (so
   * that a lone class letter is not looked for), and holds a char that no name has and that is
   * no separator: the rest of the line is then no name, and the line no marks line. False says
   * nothing.
   */
  static boolean surelyNone(String text) {
    int weight = 0;
    int needs = 0;
    boolean odd = false;
    char prev = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      char k = Chars.key(c);
      char before = prev;
      prev = k;
      if (Chars.isBlank(c)) {
        continue;
      }
      if (++weight > MAX_WEIGHT) {
        return true; // marks lines are short
      }
      needs |= needs(k, before);
      if (needs >= MARK) {
        return false;
      }
      if (!odd && !OrgNames.isNameChar(k) && !isFiller(k)) {
        odd = true;
      }
    }
    return odd && weight > 2;
  }

  /** {@link #needs}: a char of a document number: 号. */
  static final int NUMBER_MARK = 1;
  /** {@link #needs}: a char of a document number: an opening bracket. */
  static final int NUMBER_OPEN = 2;
  /** {@link #needs}: this or a value at least this: a mark scan would run. */
  static final int MARK = 3;

  /**
   * What key char {@code k}, after key char {@code prev} (blanks included), gives the tests that
   * {@link #scanSlow} runs before each mark scan: {@link #NUMBER_MARK} and {@link #NUMBER_OPEN}
   * (a document number is looked for when both are in the line), or {@link #MARK} for a char
   * that starts a scan on its own — 签 (signer), 别 and 结果 (a class label; 办理结果, 办复结果),
   * 公开 (a disclosure), 类 (a class) and a closing bracket (a class in brackets); else 0. Or the
   * values of a line's chars together: the line needs a mark scan when the result is at least
   * {@link #MARK}.
   */
  static int needs(char k, char prev) {
    switch (k) {
      case '签', '别', '类', ')', ']', '】', '〕':
        return MARK;
      case '开':
        return prev == '公' ? MARK : 0;
      case '果':
        return prev == '结' ? MARK : 0;
      case '号':
        return NUMBER_MARK;
      default:
        return isDocNumberOpen(k) ? NUMBER_OPEN : 0;
    }
  }

  static boolean isFiller(char c) {
    // the blanked chars first: U+0000 takes the slow path of isBlankChar
    return c == '\u0000' || c == '|' || c == ',' || c == ';' || c == '、' || c == ':'
        || Chars.isBlank(c);
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
      if (!((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || BodyScan.han(cp))) {
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
      String name = Chars.removeBlanks(text.substring(m.start(1), m.end(1)));
      items.add(new Item(Kind.SIGNER, m.start(), m.end(), m.start(1), name, name,
          Chars.removeBlanks(text.substring(m.start(), m.start(1))).replace(":", "")
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
    String label = Chars.removeBlanks(text.substring(m.start(1), m.end(1)));
    String value = Chars.removeBlanks(text.substring(m.start(2), m.end(2)));
    Item item;
    try {
      item = new Item(Kind.RESULT_CLASS, m.start(), m.end(), m.start(2),
          ResultClass.parse(value), value, label);
    } catch (MalformedValueException e) {
      Optional<MotionKind> kind = MotionKind.fromChinese(Chars.key(value));
      item = kind.isPresent()
          ? new Item(Kind.CATEGORY, m.start(), m.end(), m.start(2), kind.get(), value, label)
          : new Item(Kind.BAD_CLASS, m.start(), m.end(), m.start(2), value, value, label);
    }
    items.add(item);
    blank(k, m.start(), m.end());
  }

  /**
   * The {@link #DISCLOSURE} matches of {@code k}, as {@code find} from 0 would give them one after
   * the other (each from the end of the previous one), with {@link #disclosureEnd}.
   */
  static void disclosure(String text, char[] k, List<Item> items) {
    int from = 0;
    int n = k.length;
    while (true) {
      int start = -1;
      int end = -1;
      for (int i = from; i < n; i++) {
        if ((end = disclosureEnd(k, i)) >= 0) {
          start = i;
          break;
        }
      }
      if (start < 0) {
        return;
      }
      from = end;
      int valueStart = disclosureValueStart(k, start);
      String printed = text.substring(start, end);
      Optional<Disclosure> d = plainDisclosure(k, start, valueStart, end);
      if (d == null) {
        d = disclosureOf(Chars.key(printed));
      }
      if (d.isPresent()) {
        items.add(new Item(Kind.DISCLOSURE, start, end, valueStart, d.get(),
            Chars.strip(printed), ""));
        blank(k, start, end);
      }
    }
  }

  /** The plain consent marks of {@link #DISCLOSURE} (its second alternative), in its order. */
  private static final String[] DISCLOSURE_VERBS = {"同意对外公开", "不同意公开", "同意公开", "依申请公开",
      "不予公开", "主动公开"};
  /** What {@link #disclosureOf} gives for each of {@link #DISCLOSURE_VERBS} (by its fromMark). */
  private static final List<Optional<Disclosure>> DISCLOSURE_VERB_VALUES = List.of(
      Optional.of(Disclosure.PUBLIC), Optional.of(Disclosure.NOT_PUBLIC),
      Optional.of(Disclosure.PUBLIC), Optional.of(Disclosure.ON_REQUEST),
      Optional.of(Disclosure.NOT_PUBLIC), Optional.of(Disclosure.PUBLIC));
  /** The subjects of {@link #DISCLOSURE}'s first alternative (此件…), in its order. */
  private static final String[] DISCLOSURE_SUBJECTS = {"此件", "本件", "此答复件", "此答复", "此回复件",
      "此复函", "本答复"};
  /** The verbs after a subject in {@link #DISCLOSURE}'s first alternative, in its order. */
  private static final String[] DISCLOSURE_SUBJECT_VERBS = {"同意对外公开", "不同意公开", "同意公开",
      "依申请公开", "不予公开", "主动公开", "公开发布", "不公开", "公开"};
  /** The attribute labels of {@link #DISCLOSURE}'s last alternative (公开属性:…). */
  private static final String[] DISCLOSURE_ATTRIBUTES = {"公开属性", "公开方式", "公开形式", "公开类型"};
  /** The values after an attribute label in {@link #DISCLOSURE}'s last alternative. */
  private static final String[] DISCLOSURE_ATTRIBUTE_VALUES = {"主动公开", "依申请公开", "不予公开"};

  /**
   * {@link #disclosureOf} of a {@link #DISCLOSURE} match {@code [start, end)} of {@code k} whose
   * value (group 1) starts at {@code valueStart}, when the match is a plain consent mark: no
   * brackets, only {@code \s} around one of {@link #DISCLOSURE_VERBS}. {@code Disclosure.fromMark}
   * then removes the blanks and finds the mark itself in its table, so the answer is fixed. Null
   * for any other match (the caller asks {@link #disclosureOf}).
   */
  private static Optional<Disclosure> plainDisclosure(char[] k, int start, int valueStart,
      int end) {
    if (isClassOpen(k[start])) {
      return null;
    }
    int e = end;
    while (e > valueStart && TextNorm.isRegexSpace(k[e - 1])) {
      e--;
    }
    for (int v = 0; v < DISCLOSURE_VERBS.length; v++) {
      String w = DISCLOSURE_VERBS[v];
      if (e - valueStart == w.length() && startsWith(k, valueStart, w)) {
        return DISCLOSURE_VERB_VALUES.get(v);
      }
    }
    return null;
  }

  /**
   * Where group 1 of a {@link #DISCLOSURE} match at {@code i} starts: after the optional opening
   * bracket and {@code \s*} (group 1 never starts with a bracket or a space, so the greedy parts
   * before it are never given back).
   */
  private static int disclosureValueStart(char[] k, int i) {
    int p = i < k.length && isClassOpen(k[i]) ? i + 1 : i;
    return skipRegexSpaces(k, p);
  }

  /**
   * The end of a {@link #DISCLOSURE} match at {@code i} of {@code k} ({@code lookingAt} from
   * there), or -1. Group 1 is tried alternative by alternative in the pattern's order, each word
   * list in its order (the first that matches is the regex's choice: what follows group 1 is
   * optional, so no later part can reject it); then {@code \s*} and an optional closing bracket
   * are taken greedily.
   */
  static int disclosureEnd(char[] k, int i) {
    int e = disclosureValueEnd(k, disclosureValueStart(k, i));
    if (e < 0) {
      return -1;
    }
    e = skipRegexSpaces(k, e);
    return e < k.length && isClassClose(k[e]) ? e + 1 : e;
  }

  /** The end of {@link #DISCLOSURE}'s group 1 starting at {@code p}, or -1. */
  private static int disclosureValueEnd(char[] k, int p) {
    if (p >= k.length) {
      return -1;
    }
    switch (k[p]) {
      case '此', '本', '同', '不', '依', '主', '是', '公':
        break; // the first chars of the words below
      default:
        return -1;
    }
    for (String subject : DISCLOSURE_SUBJECTS) {
      if (startsWith(k, p, subject)) {
        int q = skipRegexSpaces(k, p + subject.length());
        for (String verb : DISCLOSURE_SUBJECT_VERBS) {
          if (startsWith(k, q, verb)) {
            return q + verb.length();
          }
        }
      }
    }
    for (String verb : DISCLOSURE_VERBS) {
      if (startsWith(k, p, verb)) {
        return p + verb.length();
      }
    }
    if (startsWith(k, p, "是否完成对外公开")) {
      int q = skipRegexSpaces(k, p + 8);
      if (q < k.length && k[q] == ':') {
        q = skipRegexSpaces(k, q + 1);
        if (q < k.length && k[q] == '是') {
          return q + 1;
        }
      }
    }
    for (String attribute : DISCLOSURE_ATTRIBUTES) {
      if (startsWith(k, p, attribute)) {
        int q = skipRegexSpaces(k, p + attribute.length());
        if (q < k.length && k[q] == ':') {
          q = skipRegexSpaces(k, q + 1);
          for (String value : DISCLOSURE_ATTRIBUTE_VALUES) {
            if (startsWith(k, q, value)) {
              return q + value.length();
            }
          }
        }
      }
    }
    return -1;
  }

  /** True when {@code k} holds {@code w} at {@code p}. */
  private static boolean startsWith(char[] k, int p, String w) {
    int n = w.length();
    if (p + n > k.length) {
      return false;
    }
    for (int j = 0; j < n; j++) {
      if (k[p + j] != w.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static int skipRegexSpaces(char[] k, int p) {
    while (p < k.length && TextNorm.isRegexSpace(k[p])) {
      p++;
    }
    return p;
  }

  /** {@code [)\]】〕]}: the closing brackets of {@link #DISCLOSURE} and {@link #CLASS_BRACKET}. */
  private static boolean isClassClose(char c) {
    return c == ')' || c == ']' || c == '】' || c == '〕';
  }

  /**
   * The {@link #CLASS_BARE} matches of {@code k}, one after the other as {@code find} gives them.
   * A match is written out: a letter not preceded by an ASCII letter or digit, {@code \s*}, an
   * optional ASCII digit, {@code \s*}, 类 not followed by 别; the optional parts are of disjoint
   * char classes, so taking each greedily is the only way to reach 类. (The lookbehind reads
   * {@code k}, where earlier matches of this scan are blanked; the pattern reads the key as it
   * was before the scan. They only differ on a match's last char, 类, which is no letter or digit
   * either way.)
   */
  static void bareClasses(String text, char[] k, List<Item> items) {
    int n = k.length;
    int i = 0;
    while (i < n) {
      char c = k[i];
      if (!isBareClassLetter(c) || (i > 0 && isAsciiAlnum(k[i - 1]))) {
        i++;
        continue;
      }
      int p = skipRegexSpaces(k, i + 1);
      char digit = 0;
      if (p < n && isAsciiDigit(k[p])) {
        digit = k[p];
        p = skipRegexSpaces(k, p + 1);
      }
      if (p >= n || k[p] != '类' || (p + 1 < n && k[p + 1] == '别')) {
        i++;
        continue;
      }
      classItem(text, k, i, p + 1, i, c, digit, items);
      i = p + 1;
    }
  }

  /**
   * The {@link #CLASS_BRACKET} matches of {@code k}, one after the other as {@code find} gives
   * them: an opening bracket, {@code \s*}, A–D, {@code \s*}, an optional digit, {@code \s*}, an
   * optional 类, {@code \s*}, a closing bracket (again disjoint char classes: greedy is the only
   * way).
   */
  static void bracketClasses(String text, char[] k, List<Item> items) {
    int n = k.length;
    int i = 0;
    while (i < n) {
      if (!isClassOpen(k[i])) {
        i++;
        continue;
      }
      int letterAt = skipRegexSpaces(k, i + 1);
      if (letterAt >= n || k[letterAt] < 'A' || k[letterAt] > 'D') {
        i++;
        continue;
      }
      int p = skipRegexSpaces(k, letterAt + 1);
      char digit = 0;
      if (p < n && isAsciiDigit(k[p])) {
        digit = k[p];
        p = skipRegexSpaces(k, p + 1);
      }
      if (p < n && k[p] == '类') {
        p = skipRegexSpaces(k, p + 1);
      }
      if (p >= n || !isClassClose(k[p])) {
        i++;
        continue;
      }
      classItem(text, k, i, p + 1, letterAt, k[letterAt], digit, items);
      i = p + 1;
    }
  }

  /**
   * A result class matched at {@code [start, end)} with its letter at {@code letterAt} and its
   * digit (0 for none), as {@link #simple} makes it from the groups.
   */
  private static void classItem(String text, char[] k, int start, int end, int letterAt,
      char letter, char digit, List<Item> items) {
    String printed = text.substring(start, end);
    try {
      ResultClass c = ResultClass.parse(digit == 0 ? String.valueOf(letter)
          : new String(new char[] {letter, digit}));
      items.add(new Item(Kind.RESULT_CLASS, start, end, letterAt, c, Chars.strip(printed),
          ""));
      blank(k, start, end);
    } catch (MalformedValueException e) {
      // not a class
    }
  }

  /** {@code [A-Da-d甲乙丙丁]}: the letters of {@link #CLASS_BARE}. */
  private static boolean isBareClassLetter(char c) {
    return (c >= 'A' && c <= 'D') || (c >= 'a' && c <= 'd') || c == '甲' || c == '乙'
        || c == '丙' || c == '丁';
  }

  /** {@code [A-Za-z0-9]}. */
  private static boolean isAsciiAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
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
            Chars.strip(printed), ""));
        blank(k, m.start(), m.end());
      } catch (MalformedValueException e) {
        // not a class
      }
    }
  }
}
