package dev.govreply.text;

import dev.govreply.internal.Chars;


/**
 * Hand-written character checks for the body reader's hot paths: the markers, openers and
 * formulas that {@link Paragraphs} documents as patterns, tested on the raw text without
 * allocating. Each method states the pattern it is equivalent to; where the pattern applies to
 * the {@linkplain #Chars.simplified(char) normalised} text, the check normalises character by character
 * (normalisation never changes the length, so positions agree).
 *
 * <p>{@code BodyScanTest} checks every method against its pattern on generated strings.
 */
final class BodyScan {
  private BodyScan() {}

  /** Whether {@code cp} is of the Han script: {@code UnicodeScript.of(cp) == HAN}. */
  static boolean han(int cp) {
    if (cp < 0x2E80) {
      return false; // the Han script starts at the CJK radicals supplement
    }
    if (cp >= 0x4E00 && cp <= 0x9FEA) {
      return true; // CJK Unified Ideographs assigned since Unicode 10 (JDK 11): all Han
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean cnNumeral(char c) {
    switch (c) {
      case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
        return true;
      default:
        return false;
    }
  }

  /** Whether {@code c} ends a sentence: {@code Paragraphs.SENTENCE_END.indexOf(c) >= 0}. */
  static boolean sentenceEnd(char c) {
    switch (c) {
      case '。', '！', '？', '!', '?', '；', ';':
        return true;
      default:
        return false;
    }
  }

  /** [0-9０-９]. */
  static boolean digit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /** The number of Chinese numerals 一…十 from {@code at}, counting at most {@code max}. */
  private static int cnRun(CharSequence t, int at, int max) {
    int k = 0;
    while (k < max && at + k < t.length() && cnNumeral(t.charAt(at + k))) {
      k++;
    }
    return k;
  }

  /** The number of digits [0-9０-９] from {@code at}, counting at most {@code max}. */
  private static int digitRun(CharSequence t, int at, int max) {
    int k = 0;
    while (k < max && at + k < t.length() && digit(t.charAt(at + k))) {
      k++;
    }
    return k;
  }

  private static boolean charIn(CharSequence t, int i, String set) {
    return i >= 0 && i < t.length() && set.indexOf(t.charAt(i)) >= 0;
  }

  // ---- markers: the end of the marker at the start, or -1 ----------------------------------
  //
  // A greedy run {1,n} followed by a character outside the run's class cannot backtrack into a
  // match: a shorter run leaves a run character where the follower is required.

  /** {@code ^([一…十]{1,3})[、.．]} ({@link Paragraphs#MEASURE}). */
  static int measureEnd(CharSequence t) {
    int k = cnRun(t, 0, 3);
    return k > 0 && charIn(t, k, "、.．") ? k + 1 : -1;
  }

  /** {@code ([一…十]{1,3})是} looking at {@code at} ({@link Paragraphs#RUN_IN}). */
  static int runInEnd(CharSequence t, int at) {
    int k = cnRun(t, at, 3);
    return k > 0 && at + k < t.length() && t.charAt(at + k) == '是' ? at + k + 1 : -1;
  }

  /** {@code ^[（(]([一…十]{1,3})[）)]} ({@link Paragraphs#PARENTHESIZED}). */
  static int parenthesizedEnd(CharSequence t) {
    if (!charIn(t, 0, "（(")) {
      return -1;
    }
    int k = cnRun(t, 1, 3);
    return k > 0 && charIn(t, 1 + k, "）)") ? k + 2 : -1;
  }

  /** {@code ^([0-9０-９]{1,2})[.．、](?![0-9０-９])} ({@link Paragraphs#ARABIC}). */
  static int arabicEnd(CharSequence t) {
    int k = digitRun(t, 0, 2);
    if (k == 0 || !charIn(t, k, ".．、")) {
      return -1;
    }
    return k + 1 < t.length() && digit(t.charAt(k + 1)) ? -1 : k + 1;
  }

  /** {@code ^[（(]([0-9０-９]{1,2})[）)]} ({@link Paragraphs#PARENTHESIZED_ARABIC}). */
  static int parenthesizedArabicEnd(CharSequence t) {
    if (!charIn(t, 0, "（(")) {
      return -1;
    }
    int k = digitRun(t, 1, 2);
    return k > 0 && charIn(t, 1 + k, "）)") ? k + 2 : -1;
  }

  // ---- formulas ----------------------------------------------------------------------------

  /** Whether the normalised text of {@code t} has {@code word} at {@code at}. */
  static boolean at(CharSequence t, int at, String word) {
    int n = word.length();
    if (at < 0 || at + n > t.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (Chars.simplified(t.charAt(at + i)) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The length of the first of {@code words} at {@code at} (normalised), or -1. */
  private static int first(CharSequence t, int at, String[] words) {
    for (String w : words) {
      if (at(t, at, w)) {
        return w.length();
      }
    }
    return -1;
  }

  private static boolean any(CharSequence t, int at, String[] words) {
    return first(t, at, words) >= 0;
  }

  private static final String[] THANKS_BY = {"再次", "衷心", "非常", "十分", "真诚"};
  private static final String[] ABOVE = {"答复", "回复", "办理", "意见", "情况", "是"};
  private static final String[] IF_ANY = {"意见", "疑问", "问题", "不妥", "不满意"};
  private static final String[] WELCOME = {"继续", "今后", "再"};

  /** {@link Paragraphs#CLOSING} looking at the start of the normalised text of {@code t}. */
  static boolean closingStart(CharSequence t) {
    if (t.isEmpty()) {
      return false;
    }
    switch (Chars.simplified(t.charAt(0))) { // the first characters of the alternatives
      case '感', '再', '衷', '非', '十', '真', '特', '此', '敬', '以', '如', '欢', '希', '恳', '诚':
        break;
      default:
        return false;
    }
    if (at(t, 0, "感谢") || any(t, 0, THANKS_BY) && at(t, 2, "感谢")) {
      return true;
    }
    if (at(t, 0, "特此") || at(t, 0, "此致") || at(t, 0, "敬礼")) {
      return true;
    }
    if (at(t, 0, "以上") && any(t, 2, ABOVE) || at(t, 0, "如有") && any(t, 2, IF_ANY)) {
      return true;
    }
    if (at(t, 0, "欢迎") && (any(t, 2, WELCOME) || at(t, 2, "您") && any(t, 3, WELCOME)
        || at(t, 2, "你们") && any(t, 4, WELCOME))) {
      return true;
    }
    if (at(t, 0, "希望") && (at(t, 2, "您") && at(t, 3, "继续")
        || at(t, 2, "你们") && at(t, 4, "继续"))) {
      return true;
    }
    return at(t, 0, "恳请") || at(t, 0, "诚挚");
  }

  private static final String[] LETTER = {"此致", "敬礼", "此致敬礼"};

  /** {@link Paragraphs#LETTER_FORMULA} matching the whole normalised text of {@code t}. */
  static boolean letterFormula(CharSequence t) {
    return wholeWord(t, LETTER, "!！。", true);
  }

  private static final String[] GREETINGS = {"您好", "你好", "你们好"};

  /** {@link Paragraphs#GREETING} matching the whole of {@code t} (not normalised). */
  static boolean greeting(CharSequence t) {
    return wholeWord(t, GREETINGS, "!！,，.。", false);
  }

  /** {@code ^(w1|w2|…)[punct]?$}, matched as a whole. */
  private static boolean wholeWord(CharSequence t, String[] words, String punct, boolean normalised) {
    int n = t.length();
    if (n == 0 || n > 5) {
      return false;
    }
    int end = punct.indexOf(t.charAt(n - 1)) >= 0 ? n - 1 : n;
    for (String w : words) {
      if (w.length() == end && (normalised ? at(t, 0, w) : startsWith(t, w))) {
        return true;
      }
    }
    return false;
  }

  /** {@code t.startsWith(w)}, for any char sequence. */
  private static boolean startsWith(CharSequence t, String w) {
    int n = w.length();
    if (n > t.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (t.charAt(i) != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static final String[] QUERIES = {"是否满意", "敬请反馈", "征询意见表", "满意度测评"};

  /** {@link Paragraphs#CLOSING_QUERY} found in the normalised text of {@code t[0, end)}. */
  static boolean closingQuery(CharSequence t, int end) {
    for (int i = 0; i < end; i++) {
      char c = t.charAt(i);
      if (!queryFirst(c)) {
        continue; // no query starts here: each starts with one of these
      }
      c = Chars.simplified(c);
      for (String q : QUERIES) {
        if (q.charAt(0) == c && i + q.length() <= end && at(t, i, q)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code c} reads as the first character of a {@linkplain #closingQuery query}: {@code
   * Chars.simplified(c)} is one of 是 敬 征 满, tested without normalising (滿 is the one traditional
   * character among them).
   */
  static boolean queryFirst(char c) {
    return c == '是' || c == '敬' || c == '征' || c == '满' || c == '滿';
  }

  private static final String[] STRONG = {"下一步", "下步", "今后", "后段", "後段", "后期", "下阶段",
      "下一阶段", "接下来", "下一步工作", "下步工作"};

  /**
   * The end of {@link Paragraphs#COMMITMENTS_STRONG} looking at the start of the normalised text
   * of {@code t} (the first alternative that matches, as the pattern picks), or -1.
   */
  static int commitmentsStrongEnd(CharSequence t) {
    if (t.isEmpty()) {
      return -1;
    }
    switch (Chars.simplified(t.charAt(0))) { // the first characters of the alternatives
      case '下', '今', '后', '後', '接':
        return first(t, 0, STRONG);
      default:
        return -1;
    }
  }

  /** {@link Paragraphs#COMMITMENTS_YEAR} looking at the start of the normalised text of t. */
  static boolean commitmentsYear(CharSequence t) {
    int n = t.length();
    if (n < 7 || t.charAt(4) != '年' || t.charAt(5) != '，' && t.charAt(5) != ',') {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    for (int i = 6; i < n; i++) {
      char c = Chars.simplified(t.charAt(i));
      if (c == '将') {
        return true;
      }
      if ("。！？!?".indexOf(c) >= 0) {
        return false;
      }
    }
    return false;
  }

  private static final String[] WE = {"我们", "我局", "我委", "我厅", "我办", "我院", "我部", "我单位",
      "我市", "我县", "我区", "我省", "我处", "我中心"};
  private static final String[] WILL = {"还", "也", "会", "将"};

  /** {@link Paragraphs#COMMITMENTS_WE} looking at the start of the normalised text of t. */
  static boolean commitmentsWe(CharSequence t) {
    if (t.isEmpty() || t.charAt(0) != '我') {
      return false;
    }
    for (String w : WE) {
      if (at(t, 0, w) && any(t, w.length(), WILL)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] OPENING = {"收悉", "收到", "如下", "答复", "回复", "函复", "办理", "来函",
      "来信", "提出的", "所提"};

  /**
   * Whether {@code c} reads as the first character of an {@linkplain #openingFormula opening
   * word}: {@code Chars.simplified(c)} is one of 收 如 答 回 函 办 来 提 所, tested without normalising
   * (辦 and 來 are the traditional characters among them).
   */
  static boolean openingFirst(char c) {
    switch (c) {
      case '收', '如', '答', '回', '函', '办', '辦', '来', '來', '提', '所':
        return true;
      default:
        return false;
    }
  }

  /** {@code BodyReader.OPENING_FORMULA} found in the normalised text of {@code t}. */
  static boolean openingFormula(CharSequence t) {
    for (int i = 0, n = t.length(); i < n; i++) {
      if (openingFirst(t.charAt(i)) && any(t, i, OPENING)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} contains one of {@code words} (as a pattern {@code w1|w2|…} finds). */
  static boolean containsAny(String t, String... words) {
    for (String w : words) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
