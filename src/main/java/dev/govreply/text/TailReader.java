package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.BlockKind;
import dev.govreply.model.ContactRole;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the end of a reply after the body: signature, date, contact blocks in their label
 * variants (承办负责人, 承办人及联系电话, 联系人及电话, 负 责 人, 领导署名, 签发人, 联系单位及联系人, two names on
 * one line, name/phone pairs on following lines, 联系电话 before or after its contact, a two-column
 * block), 抄送, notes (传真, 邮编, （此件主动公开）), class and disclosure marks, page metadata.
 */
final class TailReader {
  private TailReader() {}

  enum LabelKind { CONTACT, PHONE, NOTE, COPY_TO }

  /** A phone printed before the contact it belongs to, with its line number. */
  record Pending(PhoneNumber phone, int line) {}

  /** A label found in a line: its kind, contact role, span and text as printed. */
  record Label(LabelKind kind, ContactRole role, int start, int colon, int end, String printed) {}

  /**
   * An end label: up to 12 Han chars (each followed by at most three {@code \s}), then a colon.
   * The definition of what {@link #labels} reads; matched by {@link #labelStart}.
   */
  static final Pattern LABEL = Pattern.compile("((?:[\\p{IsHan}]\\s{0,3}){1,12}?)\\s*:");
  /** A phone number, with an extension; matched by {@link Value#phoneEnd}. */
  static final Pattern PHONE = Pattern.compile(
      "(?<![\\d])(?:\\(\\s*0\\d{2,3}\\s*\\)\\s*\\d{7,8}|0\\d{2,3}\\s*[-—‐–~]?\\s*\\d{7,8}"
          + "|1[3-9]\\d\\s?\\d{4}\\s?\\d{4}|\\d{7,8})(?:\\s*(?:转|分机)\\s*\\d{1,6})?(?!\\d)");

  private static final String[] PHONES = {"联系电话", "电话", "手机", "联系方式", "办公电话", "电话号码",
      "手机号码", "联系号码", "固定电话", "座机"};
  private static final String[] NOTES = {"传真", "邮编", "邮政编码", "地址", "通讯地址", "联系地址",
      "电子邮箱", "邮箱", "电子邮件", "附注", "网址", "附件", "联系单位", "承办单位", "承办科室",
      "主办单位", "协办单位", "会办单位", "办理单位"};
  private static final String[] COPY = {"抄送", "抄报", "抄送单位"};
  /** Labels that may stand without a colon before their value. */
  private static final String[] BARE = {"承办负责人", "负责人", "承办人", "联系人", "联系电话", "抄送"};

  /** The kind of a label (blanks removed, key form), or null when it is no end label. */
  static Label classify(String norm, int start, int colon, int end, String printed) {
    for (String s : COPY) {
      if (norm.equals(s)) {
        return new Label(LabelKind.COPY_TO, null, start, colon, end, printed);
      }
    }
    Optional<ContactRole> role = ContactRole.fromLabel(norm);
    if (role.isPresent()) {
      return new Label(LabelKind.CONTACT, role.get(), start, colon, end, printed);
    }
    for (String s : PHONES) {
      if (norm.equals(s)) {
        return new Label(LabelKind.PHONE, null, start, colon, end, printed);
      }
    }
    for (String s : NOTES) {
      if (norm.equals(s)) {
        return new Label(LabelKind.NOTE, null, start, colon, end, printed);
      }
    }
    return null;
  }

  /** The end labels of a line, in order (a two-column block gives several). */
  static List<Label> labels(String text) {
    return labels(text, Chars.key(text));
  }

  /** {@link #labels(String)} given {@code k}, the {@linkplain TextNorm#key key} of {@code text}. */
  private static List<Label> labels(String text, String k) {
    List<Label> out = new ArrayList<>(2);
    int from = 0;
    while (true) {
      // A match is Han and \s up to the first colon after its start; so the next match ends at
      // the next colon, and starts in the run of Han and \s chars before it (or not at all).
      int colon = k.indexOf(':', from);
      if (colon < 0) {
        break;
      }
      int runStart = colon;
      while (runStart > from && mayBeInLabel(k.charAt(runStart - 1))) {
        runStart--;
      }
      int start = labelStart(k, runStart, colon);
      from = colon + 1;
      if (start < 0) {
        continue;
      }
      String norm = hanOf(k, start, colon);
      int matchEnd = colon + 1;
      Label l = null;
      // the label may be preceded by a value of the previous label: find a known suffix
      for (int cut = 0; cut < norm.length() && l == null; cut++) {
        String suffix = norm.substring(cut);
        l = classify(suffix, 0, 0, 0, "");
        if (l != null) {
          int s = start;
          int skipped = 0;
          while (skipped < cut) {
            if (!Chars.isBlank(k.charAt(s))) {
              skipped++;
            }
            s++;
          }
          s = Chars.skipBlanks(k, s);
          l = new Label(l.kind(), l.role(), s, matchEnd - 1, matchEnd,
              text.substring(s, matchEnd - 1));
        }
      }
      if (l != null) {
        out.add(l);
      }
    }
    if (out.isEmpty()) {
      for (String c : COPY) {
        if (compactEquals(k, c)) {
          // 抄送 alone on its line, the recipients on the next ones
          int s = Chars.skipBlanks(k, 0);
          int e = k.length();
          while (e > s && Chars.isBlank(k.charAt(e - 1))) {
            e--;
          }
          out.add(new Label(LabelKind.COPY_TO, null, s, e, e, text.substring(s, e)));
          return out;
        }
      }
      for (String b : BARE) {
        if (compactStartsLonger(k, b)) {
          int s = Chars.skipBlanks(k, 0);
          int i = s;
          int got = 0;
          while (i < k.length() && got < b.length()) {
            if (!Chars.isBlank(k.charAt(i))) {
              got++;
            }
            i++;
          }
          if (i < k.length() && Chars.isBlank(k.charAt(i))) {
            Label l = classify(b, s, i, i, text.substring(s, i));
            if (l != null) {
              out.add(l);
              moreBare(text, k, i, out);
            }
          }
          break;
        }
      }
    }
    return out;
  }

  /**
   * Where the {@link #LABEL} match ending at {@code colon} starts when {@code find} looks for it
   * in {@code [runStart, colon]} (a run of Han chars, surrogates and {@code \s} before the
   * colon), or -1 when there is none. Written out: a match at index s is a Han code point, then
   * up to 11 more, each after at most three {@code \s} (a unit's {@code \s{0,3}}), then any
   * number of {@code \s} to the colon. So the possible starts are the Han chars of the chain
   * read backwards from the colon (trailing {@code \s} first) while the gaps stay within three
   * {@code \s} and the count within 12; {@code find} takes the leftmost, the chain's last.
   */
  static int labelStart(String k, int runStart, int colon) {
    int p = colon;
    while (p > runStart && TextNorm.isRegexSpace(k.charAt(p - 1))) {
      p--;
    }
    int start = -1;
    for (int count = 0; count < 12 && p > runStart; count++) {
      int cpStart = p - 1;
      int cp = k.charAt(cpStart);
      if (Character.isLowSurrogate(k.charAt(cpStart)) && cpStart > runStart
          && Character.isHighSurrogate(k.charAt(cpStart - 1))) {
        cpStart--;
        cp = Character.toCodePoint(k.charAt(cpStart), k.charAt(cpStart + 1));
      }
      if (!BodyScan.han(cp)) {
        break;
      }
      start = cpStart;
      p = cpStart;
      int spaces = 0;
      while (p - spaces > runStart && TextNorm.isRegexSpace(k.charAt(p - spaces - 1))) {
        spaces++;
      }
      if (spaces > 3) {
        break;
      }
      p -= spaces;
    }
    return start;
  }

  /**
   * {@code removeBlanks} of the {@link #LABEL} group from {@code start} to {@code colon}: the
   * group holds Han chars and {@code \s} (all blank), and what follows it to the colon is
   * {@code \s}; so it is the chars other than {@code \s} there.
   */
  static String hanOf(String k, int start, int colon) {
    StringBuilder sb = new StringBuilder(colon - start);
    for (int i = start; i < colon; i++) {
      char c = k.charAt(i);
      if (!TextNorm.isRegexSpace(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@code removeBlanks(k).equals(w)}, without building the string. */
  static boolean compactEquals(String k, String w) {
    int e = compactPrefixEnd(k, w);
    return e >= 0 && Chars.skipBlanks(k, e) == k.length();
  }

  /**
   * {@code removeBlanks(k).startsWith(w) && removeBlanks(k).length() > w.length()}, without
   * building the string.
   */
  static boolean compactStartsLonger(String k, String w) {
    int e = compactPrefixEnd(k, w);
    return e >= 0 && Chars.skipBlanks(k, e) < k.length();
  }

  /**
   * The index after the chars of {@code w} when the non-blank chars of {@code k} start with
   * {@code w} (no char of {@code w} is blank), or -1.
   */
  private static int compactPrefixEnd(String k, String w) {
    int i = 0;
    int n = k.length();
    for (int j = 0; j < w.length(); j++) {
      i = Chars.skipBlanks(k, i);
      if (i >= n || k.charAt(i) != w.charAt(j)) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /**
   * True when {@code c} may be part of a {@link #LABEL} match before its colon: a Han char, half
   * of a surrogate pair (a supplementary Han char) or regex whitespace {@code \s}.
   */
  static boolean mayBeInLabel(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || Character.isSurrogate(c) || BodyScan.han(c);
  }

  /**
   * Further labels without colon after a first one ({@code 联系人 李四  联系电话 0731-…}): a bare
   * label word between blanks, or before the digits of a phone.
   */
  private static void moreBare(String text, String k, int from, List<Label> out) {
    int i = from;
    while (i < k.length()) {
      if (!Chars.isBlank(k.charAt(i - 1)) || Chars.isBlank(k.charAt(i))) {
        i++;
        continue;
      }
      Label found = null;
      for (String b : BARE) {
        int e = i + b.length();
        if (k.startsWith(b, i) && e < k.length()
            && (Chars.isBlank(k.charAt(e)) || Character.isDigit(k.charAt(e)))) {
          found = classify(b, i, e, e, text.substring(i, e));
          if (found != null) {
            break;
          }
        }
      }
      if (found != null) {
        out.add(found);
        i = found.end();
      } else {
        i++;
      }
    }
  }

  /**
   * What the end readers learn of one line of the text, each part computed at its first use and
   * kept for the read: the bottom-up scan ({@link #isTailLine(Facts)}), the anchors and
   * {@link #read} ask the same questions of the same lines.
   */
  static final class Facts {
    final Line line;
    private byte page; // 0 unknown, 1 no, 2 yes
    private boolean dateDone;
    private DateText.Found date;
    private List<Label> labels;
    private boolean marksDone;
    private List<LineMarks.Item> marks;
    private String compact;
    private String key;
    private byte tail; // 0 unknown, 1 no, 2 yes

    Facts(Line line) {
      this.line = line;
    }

    /** {@link PageMetadata#is}. */
    boolean page() {
      if (page == 0) {
        page = PageMetadata.is(line) ? (byte) 2 : (byte) 1;
      }
      return page == 2;
    }

    /** {@link DateText#find} of the text. */
    DateText.Found date() {
      if (!dateDone) {
        date = DateText.find(line.text());
        dateDone = true;
      }
      return date;
    }

    /** {@link #labels(String)} of the text. */
    List<Label> labels() {
      if (labels == null) {
        labels = TailReader.labels(line.text(), key());
      }
      return labels;
    }

    /** {@link LineMarks#scan}. */
    List<LineMarks.Item> marks() {
      if (!marksDone) {
        marks = LineMarks.scan(line);
        marksDone = true;
      }
      return marks;
    }

    /** {@code OrgNames.isName(compact())}, false at once when a char is no name char. */
    boolean name() {
      String k = key();
      return OrgNames.mayBeName(k, 0, k.length()) && OrgNames.isName(compact());
    }

    /** The text's key without blanks. */
    String compact() {
      if (compact == null) {
        compact = Chars.removeBlanks(key());
      }
      return compact;
    }

    /** {@link TextNorm#key} of the text. */
    String key() {
      if (key == null) {
        key = Chars.key(line.text());
      }
      return key;
    }

    /** {@link TailReader#isTailLine}. */
    boolean tail() {
      if (tail == 0) {
        tail = TailReader.isTailLine(this) ? (byte) 2 : (byte) 1;
      }
      return tail == 2;
    }

    /** {@link TailReader#isShortDateLine}. */
    boolean shortDate() {
      return TailReader.shortDate(line.text(), date());
    }
  }

  /** True when {@code line} can belong to the end of a reply. */
  static boolean isTailLine(Line line) {
    return isTailLine(new Facts(line));
  }

  /** {@link #isTailLine(Line)} of a line's facts. */
  private static boolean isTailLine(Facts f) {
    return !surelyNotTail(f.line.text()) && isTailLineSlow(f);
  }

  /** {@link #isTailLine(Facts)} without the pre-check {@link #surelyNotTail}. */
  static boolean isTailLineSlow(Facts f) {
    Line line = f.line;
    String text = line.text();
    int weight = Chars.weight(text, 200);
    if (weight == 0) {
      return true;
    }
    if (weight > 200) {
      return false;
    }
    if (weight > 60) {
      // only a labelled line (a long copy-to list, a two-column block) or page metadata
      if (startsWithLabel(text, f.labels()) || f.page()) {
        return true;
      }
      Line in = unwrap(line);
      return in != null && labelled(in);
    }
    if (f.page()) {
      return true;
    }
    if (startsWithLabel(text, f.labels())) {
      return true; // checked early: the cheapest answer for the many labelled lines
    }
    DateText.Found d = f.date();
    if (d != null && restIsSignature(text, d)) {
      return true;
    }
    if (f.name()) {
      return true;
    }
    if (f.marks() != null) {
      return true;
    }
    if (mayHavePhone(f.key())) {
      Value v = Value.parse(text, 0, text.length());
      if (v.clean() && !v.phones.isEmpty()) {
        return true;
      }
    }
    Line in = unwrap(line);
    if (in != null && labelled(in)) {
      return true; // （联系人：周敏；联系电话：0731-57822316）
    }
    return false;
  }

  /**
   * An exact pre-check of {@link #isTailLine(Line)}, in two passes without allocating: true when a
   * line with this text is no tail line for sure. That is so when it has more than 200 non-blank
   * chars, or when it has more than two; no colon (every label and page-metadata label has one)
   * and no first char that starts a label without one ({@link #COPY}, {@link #BARE}) or a web
   * address (h, w); no widget char or path separator of page metadata
   * ({@code | 印 闭 享 扫 体 藏 > » › →}); no 年 and fewer than six digits (no date, no
   * phone); no closing bracket (so the line is not wrapped in brackets); and, as
   * {@link LineMarks#surelyNone}, nothing a mark scan needs and a char that no name has and that
   * is no separator (so it is no name, and no marks line). False says nothing.
   */
  static boolean surelyNotTail(String text) {
    int weight = 0;
    int digits = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Chars.isBlank(c)) {
        continue;
      }
      if (++weight > 200) {
        return true; // tail lines are short
      }
      char k = Chars.key(c);
      switch (k) {
        case ':', '|', '印', '闭', '享', '扫', '体', '藏', '>', '»', '›', '→', '年', ')', ']', '】',
            '〕', '﹞':
          return false; // a closing bracket: the line may be wrapped (unwrap), also when long
        case 'h', 'H', 'w', 'W':
          if (weight == 1) {
            return false; // perhaps a web address, which is page metadata
          }
          break;
        case '抄', '承', '负', '联':
          if (weight == 1) {
            return false; // a label without a colon (COPY, BARE) starts the line
          }
          break;
        default:
          break;
      }
      if (k >= '0' && k <= '9' && ++digits >= 6) {
        return false;
      }
    }
    // no mark, more than two non-blank chars, and one that no name has (or a line too long for
    // marks, so longer than the 60 up to which a name is looked for)
    return LineMarks.surelyNone(text);
  }

  /** True when the text around date {@code d} is blank or the issuer's name. */
  private static boolean restIsSignature(String text, DateText.Found d) {
    String rest = Chars.removeBlanks(Chars.key(text.substring(0, d.start())
        + text.substring(d.end())));
    return rest.isEmpty() || OrgNames.isName(rest);
  }

  /** True when {@code line} starts with an end label (联系人：, 抄送：…), blanks aside. */
  static boolean labelled(Line line) {
    String text = line.text();
    return startsWithLabel(text, labels(text));
  }

  /** True when {@code labels}, the labels of {@code text}, start it (blanks aside). */
  private static boolean startsWithLabel(String text, List<Label> labels) {
    return !labels.isEmpty() && Chars.isBlank(text.substring(0, labels.get(0).start()));
  }

  /**
   * True when {@code line} is a date line of the end: a date alone, or with the signature on the
   * same line ({@code 某某局    2023年6月28日}).
   */
  static boolean isDateLine(Line line) {
    return Chars.weightAtMost(line.text(), 60) && isShortDateLine(line);
  }

  /** {@link #isDateLine} for a line known to weigh at most 60. */
  static boolean isShortDateLine(Line line) {
    return new Facts(line).shortDate();
  }

  /** {@link #isShortDateLine} of a line with this text, without keeping what was learnt. */
  static boolean isShortDate(String text) {
    return shortDate(text, DateText.find(text));
  }

  /** Whether {@code d}, the first date of {@code text}, makes it a short date line. */
  private static boolean shortDate(String text, DateText.Found d) {
    return d != null && d.date() != null && restIsSignature(text, d);
  }

  /**
   * The inside of a line wrapped in one pair of brackets ({@code （联系人：周敏；联系电话：…）}), as a
   * part of the line; null when the line is not wrapped.
   */
  static Line unwrap(Line line) {
    String t = line.text();
    int a = Chars.skipBlanks(t, 0);
    int b = t.length();
    while (b > a && Chars.isBlank(t.charAt(b - 1))) {
      b--;
    }
    if (b - a < 3) {
      return null;
    }
    char o = Chars.key(t.charAt(a));
    char c = Chars.key(t.charAt(b - 1));
    boolean pair = (o == '(' && c == ')') || (o == '[' && c == ']') || (o == '【' && c == '】')
        || (o == '〔' && c == '〕') || (o == '﹝' && c == '﹞');
    return pair ? line.part(a + 1, b - 1) : null;
  }

  /**
   * False when {@link Value#parse} of a text with key {@code k} finds no phone for sure: it only
   * looks for phones when the key has seven ASCII digits (every {@link #PHONE} match has).
   */
  static boolean mayHavePhone(String k) {
    int digits = 0;
    for (int i = 0, n = k.length(); i < n; i++) {
      char c = k.charAt(i);
      if (c >= '0' && c <= '9' && ++digits >= 7) {
        return true;
      }
    }
    return false;
  }

  /** Names, phones and units in a label's value. */
  static final class Value {
    final List<String> names = new ArrayList<>(2);
    final List<Integer> nameAt = new ArrayList<>(2);
    final List<PhoneNumber> phones = new ArrayList<>(2);
    final List<Integer> phoneAt = new ArrayList<>(2);
    final List<String> badPhones = new ArrayList<>(0);
    final List<String> units = new ArrayList<>(1);
    final List<String> other = new ArrayList<>(0);

    boolean clean() {
      return other.isEmpty() && badPhones.isEmpty() && units.isEmpty();
    }

    boolean isEmpty() {
      return names.isEmpty() && phones.isEmpty() && badPhones.isEmpty() && units.isEmpty()
          && other.isEmpty();
    }

    static Value parse(String text, int from, int to) {
      Value v = new Value();
      String seg = text.substring(from, to);
      String key = Chars.key(seg);
      char[] k = key.toCharArray();
      char[] o = seg.toCharArray();
      int digits = 0;
      for (int i = 0; i < k.length && digits < 7; i++) {
        if (k[i] >= '0' && k[i] <= '9') {
          digits++;
        }
      }
      // the PHONE matches of the key one after the other, as find() gives them
      int next = 0;
      while (digits >= 7) {
        int start = -1;
        int end = -1;
        for (int i = next; i < k.length; i++) {
          if ((end = phoneEnd(key, i)) >= 0) {
            start = i;
            break;
          }
        }
        if (start < 0) {
          break;
        }
        next = end;
        String printed = seg.substring(start, end);
        try {
          v.phones.add(PhoneNumber.parse(printed));
          v.phoneAt.add(start);
        } catch (MalformedValueException e) {
          v.badPhones.add(Chars.strip(printed));
        }
        for (int i = start; i < end; i++) {
          k[i] = ' ';
          o[i] = ' ';
        }
      }
      // split the rest on separators and brackets
      int start = 0;
      for (int i = 0; i <= k.length; i++) {
        char c = i < k.length ? k[i] : ',';
        if (c == ',' || c == ';' || c == '、' || c == '/' || c == '(' || c == ')' || c == '。'
            || c == '(' || c == '[' || c == ']' || c == '【' || c == '】') {
          piece(v, o, k, start, i);
          start = i + 1;
        }
      }
      return v;
    }

    /**
     * The end of a {@link #PHONE} match at {@code i} of key {@code k} ({@code lookingAt} there,
     * with transparent bounds), or -1. Written out with the regex's order of trials: the
     * alternatives in order, within each the quantifiers' choices from the greediest; each
     * choice for the number is tried with the extension (taken when it is there, with a run of
     * one to six digits: any other run fails its {@code (?!\d)} at every length) and else with
     * {@code (?!\d)} right after the number. The area codes' {@code \d{2,3}} before
     * {@code \s*\)} and the {@code \s?} of mobiles have only one way to match; the area code
     * of {@code 0\d{2,3}\s*[-—‐–~]?\s*\d{7,8}} may end inside a run of digits, so both
     * lengths are tried there.
     */
    static int phoneEnd(String k, int i) {
      int n = k.length();
      if (i >= n || (i > 0 && isDigit(k.charAt(i - 1)))) {
        return -1; // (?<![\d])
      }
      char c = k.charAt(i);
      if (c == '(') {
        // \(\s*0\d{2,3}\s*\)\s*\d{7,8}: the only alternative starting with a bracket
        int p = skipSpaces(k, i + 1);
        if (p >= n || k.charAt(p) != '0') {
          return -1;
        }
        int area = digitsEnd(k, p + 1) - (p + 1);
        if (area != 2 && area != 3) {
          return -1;
        }
        int q = skipSpaces(k, p + 1 + area);
        if (q >= n || k.charAt(q) != ')') {
          return -1;
        }
        q = skipSpaces(k, q + 1);
        return subscriber(k, q);
      }
      if (!isDigit(c)) {
        return -1;
      }
      if (c == '0') {
        // 0\d{2,3}\s*[-—‐–~]?\s*\d{7,8}
        int run = digitsEnd(k, i + 1) - (i + 1);
        for (int area = 3; area >= 2; area--) {
          if (run < area) {
            continue;
          }
          int p = skipSpaces(k, i + 1 + area);
          if (p < n && isDash(k.charAt(p))) {
            p = skipSpaces(k, p + 1);
          }
          int e = subscriber(k, p);
          if (e >= 0) {
            return e;
          }
        }
      }
      if (c == '1' && i + 2 < n && k.charAt(i + 1) >= '3' && k.charAt(i + 1) <= '9'
          && isDigit(k.charAt(i + 2))) {
        // 1[3-9]\d\s?\d{4}\s?\d{4}
        int p = i + 3;
        if (p < n && TextNorm.isRegexSpace(k.charAt(p))) {
          p++;
        }
        if (digitsEnd(k, p) - p >= 4) {
          p += 4;
          if (p < n && TextNorm.isRegexSpace(k.charAt(p))) {
            p++;
          }
          if (digitsEnd(k, p) - p >= 4) {
            int e = extension(k, p + 4);
            if (e >= 0) {
              return e;
            }
          }
        }
      }
      return subscriber(k, i); // \d{7,8}
    }

    /** {@code \d{7,8}} at {@code p} and what follows it (8 digits tried first), or -1. */
    private static int subscriber(String k, int p) {
      int run = digitsEnd(k, p) - p;
      for (int take = 8; take >= 7; take--) {
        if (run >= take) {
          int e = extension(k, p + take);
          if (e >= 0) {
            return e;
          }
        }
      }
      return -1;
    }

    /**
     * After a number ending at {@code e}: the end of {@code (?:\s*(?:转|分机)\s*\d{1,6})?(?!\d)},
     * or -1.
     */
    private static int extension(String k, int e) {
      int n = k.length();
      int p = skipSpaces(k, e);
      int q = -1;
      if (p < n && k.charAt(p) == '转') {
        q = p + 1;
      } else if (k.startsWith("分机", p)) {
        q = p + 2;
      }
      if (q >= 0) {
        q = skipSpaces(k, q);
        int run = digitsEnd(k, q) - q;
        if (run >= 1 && run <= 6) {
          return q + run;
        }
      }
      return e < n && isDigit(k.charAt(e)) ? -1 : e;
    }

    /** {@code [-—‐–~]}. */
    private static boolean isDash(char c) {
      return c == '-' || c == '—' || c == '‐' || c == '–' || c == '~';
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String k, int p) {
      while (p < k.length() && isDigit(k.charAt(p))) {
        p++;
      }
      return p;
    }

    private static int skipSpaces(String k, int p) {
      while (p < k.length() && TextNorm.isRegexSpace(k.charAt(p))) {
        p++;
      }
      return p;
    }

    private static void piece(Value v, char[] o, char[] k, int start, int end) {
      // removeBlanks(new String(k, start, end - start)), made at once
      StringBuilder kb = new StringBuilder(end - start);
      for (int i = start; i < end; i++) {
        if (!Chars.isBlank(k[i])) {
          kb.append(k[i]);
        }
      }
      if (kb.length() == 0) {
        return;
      }
      String key = kb.toString();
      String printed = new String(o, start, end - start);
      if (OrgNames.isUnit(key)) {
        v.units.add(Chars.removeBlanks(printed));
        return;
      }
      int offset = start;
      for (String name : Salutation.spacedNames(printed)) {
        if (isName(name)) {
          v.names.add(name);
          v.nameAt.add(offset + printed.indexOf(name.substring(0, 1)));
        } else {
          v.other.add(name);
        }
      }
    }

    private static boolean isName(String s) {
      if (s.length() < 2 || s.length() > 6) {
        return false;
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

  /** Reads the end lines {@code [from, to)} of {@code all} into the draft. */
  static void read(List<Line> all, int from, int to, Draft d) {
    read(all, from, to, d, null);
  }

  /**
   * {@link #read(List, int, int, Draft)} with the facts already learnt of the lines (indexed as
   * {@code all}; null entries, or a null array, for lines not asked about yet).
   */
  static void read(List<Line> all, int from, int to, Draft d, Facts[] facts) {
    ReadContext ctx = d.ctx;
    ContactRole lastRole = null;
    boolean copyOpen = false;
    boolean copyMaybe = false;
    List<Pending> pending = new ArrayList<>(1);
    boolean contactBeforeSignature = false;
    for (int i = from; i < to; i++) {
      Line line = all.get(i);
      String text = line.text();
      int ln = line.number();
      if (Chars.isBlank(text)) {
        continue;
      }
      Facts f = facts != null && facts[i] != null ? facts[i] : new Facts(line);
      if (f.page()) {
        d.page.collect(line);
        d.unknown(BlockKind.PAGE_METADATA, ln);
        continue;
      }
      DateText.Found date = f.date();
      if (date != null) {
        String rest = Chars.removeBlanks(text.substring(0, date.start())
            + text.substring(date.end()));
        if (rest.isEmpty() || OrgNames.isName(Chars.key(rest))) {
          if (!rest.isEmpty()) {
            signature(d, line, rest);
          }
          date(d, line, date);
          copyOpen = false;
          copyMaybe = false;
          continue;
        }
      }
      // recipients continued on the next line: after 抄送：/ a list ending in 、, or a list of
      // names wrapped under the first one (indented, or below the date: not the signature)
      boolean continued = copyOpen || (copyMaybe && copyListContinues(text)
          && (d.date != null || Chars.isBlank(text.charAt(0))));
      List<Label> lineLabels = null; // labels(text), computed at most once
      if (continued && (lineLabels = f.labels()).isEmpty()) {
        copyOpen = copyTo(d, line, 0, text.length());
        copyMaybe = copyListContinues(text);
        continue;
      }
      copyMaybe = false;
      if (f.name()) {
        if (!d.contacts.isEmpty() && d.signature == null) {
          contactBeforeSignature = true;
        }
        signature(d, line, Chars.removeBlanks(text));
        continue;
      }
      List<LineMarks.Item> marks = f.marks();
      if (marks != null) {
        d.applyMarks(line, marks, true);
        continue;
      }
      Line part = line;
      if (lineLabels == null) {
        lineLabels = f.labels();
      }
      List<Label> labels = lineLabels;
      if (!startsWithLabel(text, lineLabels)) {
        Line in = unwrap(line);
        List<Label> inLabels = in == null ? null : labels(in.text());
        if (in != null && startsWithLabel(in.text(), inLabels)) {
          // a contact line in brackets: the brackets are layout
          int open = in.column() - line.column() - 1;
          int close = open + 1 + in.text().length();
          ctx.markup(ln, text.substring(open, open + 1), text.substring(close, close + 1));
          part = in;
          labels = inLabels;
        }
      }
      if (!labels.isEmpty() && Chars.isBlank(part.text().substring(0,
          labels.get(0).start()))) {
        String pt = part.text();
        copyOpen = false;
        for (int j = 0; j < labels.size(); j++) {
          Label l = labels.get(j);
          int end = j + 1 < labels.size() ? labels.get(j + 1).start() : pt.length();
          ctx.markup(ln, Chars.removeBlanks(l.printed()));
          if (Chars.removeBlanks(l.printed()).length() != l.printed().length()) {
            TextRules.report(ctx, TextRules.LABEL_SPACED, "spaced label " + l.printed(), null,
                part, l.start(), l.colon(), Chars.removeBlanks(l.printed()));
          }
          switch (l.kind()) {
            case CONTACT -> {
              lastRole = l.role();
              contacts(d, part, l.role(), l.end(), end, pending);
            }
            case PHONE -> phone(d, part, l.end(), end, pending);
            case NOTE -> d.addNote(TextNorm.removeLayoutSpaces(pt.substring(l.start(), end)),
                ln);
            case COPY_TO -> {
              copyOpen = copyTo(d, part, l.end(), end)
                  || Chars.isBlank(pt.substring(l.end(), end));
              copyMaybe = copyListContinues(pt.substring(l.end(), end));
            }
            default -> { }
          }
        }
        continue;
      }
      if (mayHavePhone(f.key())) {
        Value v = Value.parse(text, 0, text.length());
        if (v.clean() && !v.phones.isEmpty() && (lastRole != null || v.names.isEmpty())) {
          if (v.names.isEmpty()) {
            phone(d, line, 0, text.length(), pending);
          } else {
            contacts(d, line, lastRole, 0, text.length(), pending);
          }
          continue;
        }
      }
      d.unknown(BlockKind.UNKNOWN_TEXT, ln);
    }
    if (!pending.isEmpty()) {
      for (Pending p : pending) {
        d.addNote(p.phone().toString(), p.line());
      }
    }
    if (contactBeforeSignature) {
      Line first = all.get(from);
      TextRules.report(ctx, TextRules.CONTACT_BEFORE_SIGNATURE,
          "contact block before the signature", "contacts", first, 0, 0, null);
    }
  }

  private static void signature(Draft d, Line line, String name) {
    if (d.signature == null) {
      d.signature = name;
      d.ctx.target(line.number(), "signature");
    } else if (Chars.key(d.signature).equals(Chars.key(name))) {
      d.ctx.target(line.number(), "signature");
    } else {
      d.unknown(BlockKind.UNKNOWN_TEXT, line.number());
    }
  }

  private static void date(Draft d, Line line, DateText.Found f) {
    if (f.date() == null) {
      TextRules.report(d.ctx, TextRules.DATE_INVALID, "not a valid date", "date", line,
          f.start(), f.end(), null);
      d.unknown(BlockKind.UNKNOWN_TEXT, line.number());
      return;
    }
    if (d.date != null) {
      d.addNote(Chars.strip(line.text()), line.number());
      return;
    }
    d.date = f.date();
    d.ctx.target(line.number(), "date");
    String t = Chars.key(line.text());
    for (String unit : new String[] {"年", "月", "日"}) {
      if (t.indexOf(unit.charAt(0), f.start()) >= 0) {
        d.ctx.markup(line.number(), unit);
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

  private static void contacts(Draft d, Line line, ContactRole role, int from, int to,
      List<Pending> pending) {
    Value v = Value.parse(line.text(), from, to);
    int ln = line.number();
    List<Draft.MutableContact> made = new ArrayList<>(v.names.size());
    for (int n = 0; n < v.names.size(); n++) {
      Draft.MutableContact c = d.addContact(role, v.names.get(n), ln);
      if (!v.units.isEmpty()) {
        c.unit = String.join("", v.units);
      }
      made.add(c);
    }
    // phones go to the nearest name before them, else the first name without a phone
    for (int p = 0; p < v.phones.size(); p++) {
      int at = v.phoneAt.get(p);
      Draft.MutableContact target = null;
      for (int n = made.size() - 1; n >= 0; n--) {
        if (v.nameAt.get(n) < at && made.get(n).phone == null) {
          target = made.get(n);
          break;
        }
      }
      if (target == null) {
        for (Draft.MutableContact c : made) {
          if (c.phone == null) {
            target = c;
            break;
          }
        }
      }
      if (target != null) {
        target.phone = v.phones.get(p);
      } else {
        pending.add(new Pending(v.phones.get(p), ln));
      }
    }
    if (!pending.isEmpty() && !made.isEmpty() && made.get(0).phone == null
        && v.phones.isEmpty()) {
      Pending p = pending.remove(0);
      made.get(0).phone = p.phone();
      d.ctx.target(p.line(), "contacts[" + made.get(0).index + "]");
      TextRules.report(d.ctx, TextRules.PHONE_BEFORE_NAME, "phone printed before its contact",
          "contacts[" + made.get(0).index + "].phone", line, from, to, null);
    }
    if (made.isEmpty() && v.units.isEmpty() && v.phones.isEmpty()) {
      // an empty label (领导签字:) — markup only
    } else if (made.isEmpty() && !v.units.isEmpty()) {
      d.addNote(String.join("", v.units), ln);
    }
    for (String bad : v.badPhones) {
      TextRules.report(d.ctx, TextRules.PHONE_MALFORMED, "phone " + bad + " could not be read",
          "notes", line, from, to, null);
      d.addNote(bad, ln);
    }
    for (String o : v.other) {
      d.addNote(o, ln);
    }
  }

  private static void phone(Draft d, Line line, int from, int to, List<Pending> pending) {
    Value v = Value.parse(line.text(), from, to);
    int ln = line.number();
    for (PhoneNumber p : v.phones) {
      Draft.MutableContact last = d.contacts.isEmpty() ? null
          : d.contacts.get(d.contacts.size() - 1);
      if (last != null && last.phone == null) {
        last.phone = p;
        d.ctx.target(ln, "contacts[" + last.index + "]");
      } else {
        pending.add(new Pending(p, ln));
      }
    }
    for (String bad : v.badPhones) {
      TextRules.report(d.ctx, TextRules.PHONE_MALFORMED, "phone " + bad + " could not be read",
          "notes", line, from, to, null);
      d.addNote(bad, ln);
    }
    for (String n : v.names) {
      d.addNote(n, ln);
    }
    for (String o : v.other) {
      d.addNote(o, ln);
    }
    for (String u : v.units) {
      d.addNote(u, ln);
    }
  }

  /**
   * True when a copy-to line read after an open 抄送 may be followed by more recipients: it does
   * not end with 。 and holds only names of bodies (县人大常委会人代工委 / 县政府督查室 a line each).
   */
  private static boolean copyListContinues(String text) {
    String k = Chars.strip(Chars.key(text));
    if (k.isEmpty() || k.endsWith("。") || k.endsWith(".")) {
      return false;
    }
    // the items of k.split("[、,;]") (empty ones, which split may drop, are skipped anyway)
    int from = 0;
    for (int i = 0, n = k.length(); i <= n; i++) {
      if (i < n && k.charAt(i) != '、' && k.charAt(i) != ',' && k.charAt(i) != ';') {
        continue;
      }
      String c = Chars.removeBlanks(k.substring(from, i));
      from = i + 1;
      if (!c.isEmpty() && !OrgNames.isName(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean copyTo(Draft d, Line line, int from, int to) {
    String value = line.text().substring(from, to);
    String k = Chars.key(value);
    int start = 0;
    boolean any = false;
    for (int i = 0; i <= k.length(); i++) {
      char c = i < k.length() ? k.charAt(i) : '、';
      if (c == '、' || c == ',' || c == ';') {
        String item = Chars.strip(value.substring(start, i));
        while (item.endsWith("。") || item.endsWith(".")) {
          // the 。 closing the list is the layout's (GB/T 9704); an ASCII '.' is capture damage
          String stop = item.substring(item.length() - 1);
          item = Chars.strip(item.substring(0, item.length() - 1));
          if (stop.equals(".")) {
            TextRules.report(d.ctx, TextRules.COPY_TO_PERIOD, "copy-to list ends with '.'",
                "copyTo", line, from + i - 1, from + i, "。");
          }
          d.ctx.markup(line.number(), stop);
        }
        item = Chars.strip(item);
        if (!item.isEmpty()) {
          d.copyTo.add(item);
          any = true;
        }
        start = i + 1;
      }
    }
    if (any) {
      d.ctx.target(line.number(), "copyTo");
    }
    String tk = Chars.strip(k);
    return tk.endsWith("、") || tk.endsWith(",");
  }
}
