package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The item's number as a citation prints it (第241号, 温36号, 第DH0271号, 〔064〕号, 第(J027)号):
 * its digits and the code printed before them, told apart from the serial of a document number
 * and from a number inside the item's title.
 */
final class ItemNumber {
  private ItemNumber() {}

  /**
   * A cited number: the digits before 号, all of them (a register may number items with 14), or
   * groups joined by hyphens (6-5-039: session, sitting, serial; joined by dashes, 4—36, no number
   * the model holds, and never its last group alone), perhaps after a capital letters'
   * code and its hyphen (D-013), in group 1; in brackets when group 2 holds the closing one (〔064〕号).
   * Digits after a dot end a number the model does not hold (第6.11号): no number, rather than its
   * last group. 号 then 线, 楼 or 院 numbers a line or a building (地铁3号线, 12号楼), then 令 or 文 a
   * decree or a document (第5号令, 1号文件): no item. After 第, the kind word may follow the
   * digits, 号 left out (第72提案; group 3 empty).
   */
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\d.\\-—–])((?:[A-Z]{1,3}-)?\\d{1,20}(?:[-—–]\\d{1,9}){0,3})([)\\]〕】])?"
          + "(号(?![线楼院令文])|(?=" + MotionCitation.KIND_WORDS + "))");
  /**
   * Whether a {@link #NUMBER} may start at index {@code i} of {@code k}: a digit or a capital
   * letter (its code) that follows no digit or dot.
   */
  private static boolean startsNumber(String k, int i) {
    char c = k.charAt(i);
    char before = i > 0 ? k.charAt(i - 1) : ' ';
    return (Chars.isAsciiDigit(c) || c >= 'A' && c <= 'Z')
        && !Chars.isAsciiDigit(before) && before != '.';
  }

  /**
   * An item's code of capital letters and the register's year in brackets before the serial (a
   * city that numbers its items by category and year, as a document number prints its year before
   * its serial), after 第, its label 编号: or the session it was raised at: 第B(2024)230号,
   * 第B〔2016〕080号, (编号:A(2018)108号), 四次会议B(2021)312号建议.
   */
  private static final Pattern YEAR_CODE = Pattern.compile(
      "(?<=第|编号:?|会议)([A-Z]{1,3}[(\\[〔【﹝]\\d{4}[)\\]〕】﹞])");

  /**
   * Where the code of {@link #YEAR_CODE} that ends at {@code s} of {@code k} starts, or -1.
   */
  private static int yearCodedStart(String k, int s) {
    Matcher m = YEAR_CODE.matcher(k).useTransparentBounds(true);
    for (int letters = 1; letters <= 3; letters++) {
      int start = s - letters - 6;
      if (start >= 0 && m.region(start, s).matches()) {
        return start;
      }
    }
    return -1;
  }

  /** The last characters of a street's name, before a house number (和平路29号, 解放大道8号). */
  private static final String STREET = "路街巷弄道";

  /**
   * The Han characters that are never a place's code before a number: words of the citation around
   * it (编号为12号; 笫, a common misprint of 第: 笫40号; 并, which joins merged items' numbers:
   * 第128并2号), the pronouns of whoever raised it or of the item (关于您5号提案, 你们18号建议,
   * 其5号建议), and the levels of government (县12号建议).
   */
  private static final String NUMBER_STOP = "第笫议的会案届次年于对关在号是类为您你们其该省市县区州乡镇并";

  /**
   * The number cited in {@code k} from {@code from}, with up to three Latin letters and the digits
   * before them (DH0271号, 2025J1101号) or one Han character, a place's code (温36号), printed
   * before it, or null: the first {@link #NUMBER} that is no serial of a document number and
   * stands outside the item's title {@code [inTitle[0], inTitle[1])} (null when none is cited): a
   * number in the title is part of it (关于加快建设地铁12号线的提案). Several items cited together (第13、53号,
   * 第128并2号) have no one number: null.
   * Where no number is cited with 号, a number after its label ({@link #labelled}: 提案编号2022004).
   */
  static String find(Compact c, String k, int from, int[] inTitle) {
    return find(c, k, from, inTitle, false);
  }

  /**
   * {@link #find(Compact, String, int, int[])} of an opening sentence, whose other numbers are no
   * citation of the item (幸福小区12号, 中央1号文件, 第5号令): only a number printed as the item's,
   * after 第 (第15号), before its kind word (15号建议, 温36号提案) or in brackets ((15号), 〔064〕号);
   * else a number after its label ({@link #labelled}).
   */
  static String findInOpening(Compact c, String k, int[] inTitle) {
    return find(c, k, 0, inTitle, true);
  }

  private static String find(Compact c, String k, int from, int[] inTitle, boolean asItems) {
    Matcher m = NUMBER.matcher(k);
    for (int at = 0; TextNorm.find(m, k, at, ItemNumber::startsNumber); at = m.end()) {
      int s = m.start(1);
      if (s < from || inTitle != null && s >= inTitle[0] && s < inTitle[1]) {
        continue;
      }
      if (s > 0 && ")]〕】﹞".indexOf(k.charAt(s - 1)) >= 0) {
        int coded = yearCodedStart(k, s);
        if (coded >= from && !m.group(3).isEmpty()
            && (inTitle == null || coded < inTitle[0] || coded >= inTitle[1])) {
          return c.value(coded, m.end(1)); // 第B(2024)230号: as printed, its code and year
        }
        continue; // the serial of a document number
      }
      if (s > 0 && STREET.indexOf(k.charAt(s - 1)) >= 0) {
        continue; // a house number: 和平路29号
      }
      int letters = letterCodeStart(k, s, from);
      int code = codeStart(k, letters, s, from);
      if (afterAnotherItem(k, code, s, from) || citedWithAnother(k, m.end())) {
        return null; // one of the numbers of several items cited together: 第13、53号, 第12号、第53号
      }
      if (m.group(1).indexOf('—') >= 0 || m.group(1).indexOf('–') >= 0) {
        return null; // groups joined by a dash (第4—36号), which an item's number never holds
      }
      if (asItems && !citedAsItems(k, code, m.end())) {
        return null; // another number first (幸福小区12号): none is taken after it
      }
      if (m.group(3).isEmpty() && (m.group(2) != null || letters == 0
          || k.charAt(letters - 1) != '第')) {
        continue; // without 号 only right after 第: 第72提案, 第jy2016020建议
      }
      if (m.group(2) != null) { // 〔064〕号, 第(J027)号: the number in its own brackets, else none
        if (letters > 0 && "([〔【".indexOf(k.charAt(letters - 1)) >= 0) {
          return c.value(letters, m.end(1));
        }
        continue;
      }
      return c.value(code, m.end(1));
    }
    return labelled(c, k, from, inTitle);
  }

  /**
   * The number cited after its label, without 号, in {@code k} from {@code from} and outside the
   * item's title {@code [inTitle[0], inTitle[1])} (…的提案(提案编号2022004)复函, 建议编号：JY15,
   * (建议号:0115)), or null.
   */
  private static String labelled(Compact c, String k, int from, int[] inTitle) {
    Matcher m = LABELLED.matcher(k);
    for (int at = from; m.find(at); at = m.end()) {
      int s = m.start(1);
      if (inTitle == null || s < inTitle[0] || s >= inTitle[1]) {
        return c.value(s, m.end(1));
      }
    }
    return null;
  }

  /** The label of an item's number: 编号, 编号为 (after the kind word, 提案编号). */
  private static final String NUMBER_LABEL = "编号为?";

  /**
   * An item's number after its label ({@link #NUMBER_LABEL} after the kind word: 提案编号, 建议编号为,
   * perhaps with a colon; 号 after the kind word right after a bracket: (建议号:0115)), or in
   * brackets after its kind word and 第 without 号 (…的建议(第0934)的答复): up to three Latin
   * letters, perhaps with a hyphen, then its digits in up to four groups joined by hyphens (JY-015,
   * 2022-015), read whole; the number in group 1. None
   * when it goes on in another form (2022.15, 2022/015, 2023年第3批, 2022015a) or another item's
   * number follows (2022004、2022005, 0115,0116, 0115和0116; not a date: 0115，2024年3月交办): such a
   * number is not read, rather than read in part.
   */
  private static final Pattern LABELLED = Pattern.compile("(?:(?<=\\()(?:"
      + MotionCitation.KIND_WORDS + ")号:?|(?:" + MotionCitation.KIND_WORDS + ")(?:" + NUMBER_LABEL
      + ":?|\\(第))"
      + "((?:[A-Z]{1,3}-?)?\\d{1,20}(?:-\\d{1,9}){0,3})(?![0-9A-Za-z\\-—－.．/／年、])"
      + "(?![,，;；和及]\\s*(?:[A-Z]{1,3}-?)?\\d+(?![\\d年月.]))");

  /**
   * What follows an item's number (its 号): its kind word, perhaps after one word that qualifies it
   * (代表建议, 集体提案, 重点提案, 联名提案), the item's title (关于…, “…”, 《…》) or a closing bracket.
   */
  private static final String AFTER_NUMBER = "(?:代表|委员|集体|重点|联名)?(?:"
      + MotionCitation.KIND_WORDS + ")|关于|[)\\]〕】“《\"]";

  /** The words that join the numbers of several items cited together: 和, 及, 并 (items merged). */
  private static final String JOINS = "和及并";

  /**
   * More items' numbers after a cited number's 号, joined to it by 、 or a word that joins items
   * ({@link #JOINS}; each perhaps after 第 and a letter code), and what follows an item's number
   * ({@link #AFTER_NUMBER}): the rest of 第12号、第53号建议, 第1114号、1435号、1603号、1764号代表建议,
   * 第12号和第53号提案, 第128号并2号提案, 第002号、299号“关于…”. A number that other numbered things
   * follow (第12号、第5号公告, 第12号、4号楼) is not one of several items.
   */
  private static final Pattern MORE_ITEMS = Pattern.compile(
      "(?:[、" + JOINS + "]第?(?:[A-Z]{1,3})?\\d{1,20}号)+(?:" + AFTER_NUMBER + ")");

  /**
   * Whether the cited number that ends at {@code end} of {@code k} (after its 号) is the first of
   * several items cited together ({@link #MORE_ITEMS}).
   */
  private static boolean citedWithAnother(String k, int end) {
    return MORE_ITEMS.matcher(k).region(end, k.length()).lookingAt();
  }

  /**
   * Whether the number whose code starts at {@code code} and whose digits start at {@code s} of
   * {@code k} (read from {@code from}) follows another item's number: after 、 (第13、53号,
   * 13、温36号), or after a word that joins items ({@link #JOINS}), perhaps with 第 after it, right
   * after the other number's digits or its 号 (第128并2号, 第128并第2号: items answered together;
   * 第128和2号, where 和 is no place's code).
   */
  private static boolean afterAnotherItem(String k, int code, int s, int from) {
    if (code > from && k.charAt(code - 1) == '、') {
      return true;
    }
    int j = s > from && k.charAt(s - 1) == '第' ? s - 1 : s; // the joining word ends at j
    if (j - 2 < from) {
      return false;
    }
    char before = k.charAt(j - 2);
    return JOINS.indexOf(k.charAt(j - 1)) >= 0 && (Chars.isAsciiDigit(before) || before == '号');
  }

  /**
   * Whether the number {@code [start, end)} of {@code k} (its 号 or the kind word's start at {@code
   * end}) is printed as an item's: after 第, an opening bracket, its kind word (提案15号) or the
   * label of its number (编号, 编号为, 提案号, 建议号, 类, perhaps with a colon); or before its kind
   * word (perhaps after one word that qualifies it: 17号代表建议, 15号集体提案), the item's title
   * (15号关于…, 15号“关于…”) or a closing bracket.
   */
  private static boolean citedAsItems(String k, int start, int end) {
    char before = start > 0 ? k.charAt(start - 1) : ' ';
    return before == '第' || "([〔【".indexOf(before) >= 0
        || CITED_BEFORE.matcher(k).region(0, start).find()
        || CITED_AFTER.matcher(k).region(end, k.length()).lookingAt();
  }

  /**
   * What ends the text before an item's number: its kind word (提案15号), or the label of its
   * number, perhaps with a colon (编号, 编号为, 提案号, 建议号, 议案号, and its category's 类:
   * 经济建设类1号).
   */
  private static final Pattern CITED_BEFORE = Pattern.compile(
      "(?:" + MotionCitation.KIND_WORDS + "|(?:" + NUMBER_LABEL + "|案号|议号|类):?)$");


  /** {@link #AFTER_NUMBER}, after an item's number. */
  private static final Pattern CITED_AFTER = Pattern.compile(AFTER_NUMBER);

  /**
   * Where the item's number whose digits start at {@code s} of {@code k} starts: at its code, a
   * letter-coded number's letters (from {@code letters}, {@link #letterCodeStart}), or a place's
   * one-character code (温36, 台52), not the end of a word (建设12号线); else at {@code s}. In
   * brackets only letters are a code: (政12)号 holds no item number.
   */
  private static int codeStart(String k, int letters, int s, int from) {
    int j = letters;
    if (j == s && j > from && codeChar(k.charAt(j - 1))
        && (j - 1 == from || !codeChar(k.charAt(j - 2)))) {
      j--;
    }
    return j;
  }

  /**
   * Where the code of a letter-coded number whose digits start at {@code s} starts, else {@code
   * s}: up to three letters (J027, DH0271) and the digits before them, all of them (8E020: the
   * eighth sitting's E; 2025J1101: the year's J), so that no number is read from the middle of
   * its digits.
   */
  private static int letterCodeStart(String k, int s, int from) {
    int j = s;
    while (j > from && s - j < 3 && Chars.isAsciiLetter(k.charAt(j - 1))) {
      j--;
    }
    while (j < s && j > from && Chars.isAsciiDigit(k.charAt(j - 1))) {
      j--;
    }
    return j;
  }

  /** Whether {@code c} may be a place's code before a number: a Han character, not 第, 的, 您…. */
  private static boolean codeChar(char c) {
    return Chars.isHan(c) && NUMBER_STOP.indexOf(c) < 0;
  }

  /**
   * Whether {@code a} and {@code b} are the same item number as citations print it: one perhaps
   * zero-padded (029, 29), or printed after its year (2019009 of 009) or its place's code of one
   * character (温36 of 36, 建1382 of 1382: a code or a word's last character the capture joined).
   */
  static boolean sameNumber(String a, String b) {
    return samePadded(a, b) || samePadded(prefixless(a), b) || samePadded(a, prefixless(b));
  }

  private static boolean samePadded(String a, String b) {
    return a.equals(b) || paddedForm(a, b) || paddedForm(b, a);
  }

  /** {@code n} without the year (four digits, 19… or 20…) or the one Han character before it. */
  private static String prefixless(String n) {
    if (n.length() > 4 && (n.startsWith("19") || n.startsWith("20"))
        && n.chars().allMatch(Chars::isAsciiDigit)) {
      return n.substring(4);
    }
    return n.length() > 1 && Chars.isHan(n.charAt(0)) ? n.substring(1) : n;
  }

  /**
   * Whether {@code padded} is the item number {@code number} printed with leading zeros (029 of
   * 29, 温036 of 温36).
   */
  static boolean paddedForm(String padded, String number) {
    if (padded == null || padded.length() <= number.length()) {
      return false;
    }
    int digits = 0; // where number's digits start
    while (digits < number.length() && !Chars.isAsciiDigit(number.charAt(digits))) {
      digits++;
    }
    String zeros = padded.substring(digits, digits + padded.length() - number.length());
    return padded.startsWith(number.substring(0, digits)) && zeros.chars().allMatch(c -> c == '0')
        && padded.endsWith(number.substring(digits));
  }
}
