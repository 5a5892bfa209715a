package dev.govreply.text;

import dev.govreply.conformance.Finding;
import dev.govreply.conformance.SourceSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraph assembly for the body: PDF and web captures as they are, turned into the paragraphs
 * of the printed document.
 *
 * <ul>
 *   <li>{@code **bold**} markers are removed (recorded as markup {@code **});
 *   <li>a line that does not end a sentence continues on the next non-blank line, even across
 *       blank lines, unless that line starts a structural item (一、 / 一是 / （一） / 1. / 下一步，)
 *       or a closing formula, or the line is a short heading or a letter formula (此致 / 敬礼);
 *   <li>spaces between a Han character and an ASCII digit or letter are removed ({@code 牵头 16 家}
 *       → {@code 牵头16家}), and a line of letter-spaced Han characters ({@code 此 致}) is closed
 *       up;
 *   <li>everything else, punctuation included, is kept as printed.
 * </ul>
 *
 * <p>Every character of a {@link Para} remembers its source line and column, so that the body
 * reader can record where each part of the body came from.
 */
final class Paragraphs {
  private Paragraphs() {}

  /** Sentence-final punctuation: a line ending in one of these ends its paragraph. */
  static final String TERMINAL = "。！？!?；;：:”」）)";

  /** Characters that end a sentence (a heading is the text up to and including one of them). */
  static final String SENTENCE_END = "。！？!?；;";

  /** Closing quotes and brackets that belong to the sentence they close. */
  static final String CLOSERS = "”’」』）)》";

  private static final String NUMERAL = "[一二三四五六七八九十]{1,3}";

  /** 一、 (measure heading), also 一. and 一． as printed by some offices. */
  static final Pattern MEASURE = Pattern.compile("^(" + NUMERAL + ")[、.．]");
  /** 一是 (run-in point). */
  static final Pattern RUN_IN = Pattern.compile("^(" + NUMERAL + ")是");
  /** （一） or (一). */
  static final Pattern PARENTHESIZED = Pattern.compile("^[（(](" + NUMERAL + ")[）)]");
  /** 1. 1． 1、 not followed by a digit (1.5亿元 is not a heading). */
  static final Pattern ARABIC = Pattern.compile("^([0-9０-９]{1,2})[.．、](?![0-9０-９])");
  /** （1） or (1). */
  static final Pattern PARENTHESIZED_ARABIC = Pattern.compile("^[（(]([0-9０-９]{1,2})[）)]");

  /** The start of a commitments section: 下一步，下步，今后，后段，下阶段，接下来. */
  static final Pattern COMMITMENTS_STRONG = Pattern.compile(
      "^(下一步|下步|今后|后段|後段|后期|下阶段|下一阶段|接下来|下一步工作|下步工作)");
  /** 2024年，…将 and 我们将 / 我局将: weaker commitments openers. */
  static final Pattern COMMITMENTS_YEAR = Pattern.compile("^[0-9]{4}年[，,][^。！？!?]*?将");
  static final Pattern COMMITMENTS_WE = Pattern.compile(
      "^(我们|我局|我委|我厅|我办|我院|我部|我单位|我市|我县|我区|我省|我处|我中心)(还|也|会|将)");

  /** Closing formulas at the start of a paragraph. */
  static final Pattern CLOSING = Pattern.compile(
      "^((再次|衷心|非常|十分|真诚)?感谢|特此(答复|函复|回复|说明|函告)?|此致|敬礼|以上(答复|回复|办理|意见|情况|是)"
      + "|如有(意见|疑问|问题|不妥|不满意)|欢迎(您|你们)?(继续|今后|再)|希望(您|你们)继续|恳请|诚挚)");

  /** Closing queries anywhere in the first sentence of a paragraph. */
  static final Pattern CLOSING_QUERY = Pattern.compile("是否满意|敬请反馈|征询意见表|满意度测评");

  /** A letter formula standing on its own line. */
  static final Pattern LETTER_FORMULA = Pattern.compile("^(此致|敬礼|此致敬礼)[!！。]?$");

  /** Greeting that may stand alone before the opening. */
  static final Pattern GREETING = Pattern.compile("^(您好|你好|你们好)[!！,，.。]?$");

  /** A paragraph of the body, with the source line and column of each of its characters. */
  static final class Para {
    final String text;
    final int[] line;
    final int[] col;

    Para(String text, int[] line, int[] col) {
      this.text = text;
      this.line = line;
      this.col = col;
    }

    Para sub(int start, int end) {
      return new Para(text.substring(start, end), Arrays.copyOfRange(line, start, end),
          Arrays.copyOfRange(col, start, end));
    }

    Para from(int start) {
      return sub(start, text.length());
    }

    /** Without surrounding blanks. */
    Para strip() {
      int s = 0;
      int e = text.length();
      while (s < e && blank(text.charAt(s))) {
        s++;
      }
      while (e > s && blank(text.charAt(e - 1))) {
        e--;
      }
      return s == 0 && e == text.length() ? this : sub(s, e);
    }

    boolean isEmpty() {
      return text.isEmpty();
    }

    Para concat(Para other) {
      int n = text.length();
      int[] l = Arrays.copyOf(line, n + other.text.length());
      int[] c = Arrays.copyOf(col, n + other.text.length());
      System.arraycopy(other.line, 0, l, n, other.text.length());
      System.arraycopy(other.col, 0, c, n, other.text.length());
      return new Para(text + other.text, l, c);
    }

    /** The first source line of character {@code index} (or of the paragraph when empty). */
    int lineAt(int index) {
      if (line.length == 0) {
        return 0;
      }
      return line[Math.min(Math.max(index, 0), line.length - 1)];
    }

    /** Records that this paragraph's text went to {@code path}. */
    void target(ReadContext ctx, String path) {
      int last = -1;
      for (int l : line) {
        if (l != last) {
          ctx.target(l, path);
          last = l;
        }
      }
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Whether {@code c} is whitespace as captures have it (incl. U+3000, NBSP, BOM, ZWSP). */
  static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF'
        || c == '\u200B';
  }

  static boolean han(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean asciiAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || c == '%';
  }

  /** Assembles the paragraphs of {@code lines}, recording markup and findings in {@code ctx}. */
  static List<Para> assemble(List<Line> lines, ReadContext ctx) {
    List<Para> segments = new ArrayList<>();
    for (Line l : lines) {
      if (l.blank()) {
        continue;
      }
      Para seg = clean(l, ctx);
      if (!seg.isEmpty()) {
        segments.add(seg);
      }
    }
    List<Para> out = new ArrayList<>();
    Para cur = null;
    boolean curJoined = false;
    for (Para seg : segments) {
      if (cur != null && continues(cur, seg)) {
        cur = cur.concat(seg);
        curJoined = true;
        continue;
      }
      if (cur != null) {
        out.add(finish(cur, curJoined, ctx));
      }
      cur = seg;
      curJoined = false;
    }
    if (cur != null) {
      out.add(finish(cur, curJoined, ctx));
    }
    return out;
  }

  /** One line: bold markers removed, blanks stripped, letter spacing closed up. */
  private static Para clean(Line l, ReadContext ctx) {
    String t = l.text();
    StringBuilder sb = new StringBuilder(t.length());
    int[] line = new int[t.length()];
    int[] col = new int[t.length()];
    int n = 0;
    boolean bold = false;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '*' && i + 1 < t.length() && t.charAt(i + 1) == '*') {
        bold = true;
        ctx.markup(l.number(), "**");
        i++;
        continue;
      }
      sb.append(t.charAt(i));
      line[n] = l.number();
      col[n] = l.column() + i;
      n++;
    }
    Para p = new Para(sb.toString(), Arrays.copyOf(line, n), Arrays.copyOf(col, n)).strip();
    if (bold && !p.isEmpty()) {
      ctx.finding(BodyRules.BOLD_MARKERS.id(), BodyRules.BOLD_MARKERS.severity(),
          BodyRules.BOLD_MARKERS.message(), "body", l, 0, l.text().length(), null);
    }
    return letterSpaced(p, l, ctx);
  }

  private static final Pattern LETTER_SPACED = Pattern.compile(
      "^(\\p{IsHan}[ \\u3000\\u00A0]+){1,7}\\p{IsHan}[。！!：:]?$");

  /** 此 致 / 敬 礼 / 特 此 答 复: a short line of single Han characters separated by spaces. */
  private static Para letterSpaced(Para p, Line l, ReadContext ctx) {
    if (!LETTER_SPACED.matcher(p.text).matches()) {
      return p;
    }
    Para out = removeBlanks(p, 0, p.text.length());
    ctx.finding(BodyRules.LETTER_SPACING.id(), BodyRules.LETTER_SPACING.severity(),
        BodyRules.LETTER_SPACING.message(), "body", l, p.col[0] - l.column(),
        p.col[p.col.length - 1] - l.column() + 1, out.text);
    return out;
  }

  private static Para removeBlanks(Para p, int start, int end) {
    StringBuilder sb = new StringBuilder();
    int[] line = new int[p.text.length()];
    int[] col = new int[p.text.length()];
    int n = 0;
    for (int i = 0; i < p.text.length(); i++) {
      char c = p.text.charAt(i);
      if (i >= start && i < end && blank(c)) {
        continue;
      }
      sb.append(c);
      line[n] = p.line[i];
      col[n] = p.col[i];
      n++;
    }
    return new Para(sb.toString(), Arrays.copyOf(line, n), Arrays.copyOf(col, n));
  }

  /** Whether the paragraph so far continues on {@code next}. */
  private static boolean continues(Para cur, Para next) {
    if (endsSentence(cur.text)) {
      return false;
    }
    if (startsStructure(next.text) || CLOSING.matcher(normalise(next.text)).lookingAt()) {
      return false;
    }
    if (standalone(cur) || LETTER_FORMULA.matcher(normalise(next.text)).matches()) {
      return false;
    }
    return !GREETING.matcher(cur.text).matches();
  }

  static boolean endsSentence(String text) {
    return !text.isEmpty() && TERMINAL.indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** A paragraph that stands alone though it does not end a sentence. */
  private static boolean standalone(Para cur) {
    String t = cur.text;
    if (LETTER_FORMULA.matcher(normalise(t)).matches()) {
      return true;
    }
    return headingMarker(t) > 0 && singleLine(cur) && t.length() <= 40 && noSentenceEnd(t);
  }

  private static boolean singleLine(Para p) {
    return p.line.length == 0 || p.line[0] == p.line[p.line.length - 1];
  }

  private static boolean noSentenceEnd(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (SENTENCE_END.indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The length of a heading marker (一、 （一） 1. （1）) at the start, or 0. */
  static int headingMarker(String t) {
    for (Pattern p : new Pattern[] {MEASURE, PARENTHESIZED, ARABIC, PARENTHESIZED_ARABIC}) {
      Matcher m = p.matcher(t);
      if (m.lookingAt()) {
        return m.end();
      }
    }
    return 0;
  }

  /** Whether a line starts a structural item: a marker, or a commitments opener. */
  static boolean startsStructure(String t) {
    return headingMarker(t) > 0 || RUN_IN.matcher(t).lookingAt() || commitmentsOpener(t);
  }

  /** 下一步，/ 下步工作中， / 今后， …: the strong opener followed by a comma within a few characters. */
  static boolean commitmentsOpener(String t) {
    Matcher m = COMMITMENTS_STRONG.matcher(normalise(t));
    if (!m.lookingAt()) {
      return false;
    }
    for (int i = m.end(); i < Math.min(t.length(), m.end() + 6); i++) {
      char c = t.charAt(i);
      if ("，,：:".indexOf(c) >= 0) {
        return true;
      }
      if (SENTENCE_END.indexOf(c) >= 0) {
        return false;
      }
    }
    return false;
  }

  /** Spaces between Han characters and ASCII digits or letters removed; one finding. */
  private static Para finish(Para p, boolean joined, ReadContext ctx) {
    String t = p.text;
    boolean[] drop = new boolean[t.length()];
    int first = -1;
    int last = -1;
    int i = 0;
    while (i < t.length()) {
      if (!blank(t.charAt(i)) || i == 0) {
        i++;
        continue;
      }
      int s = i;
      while (i < t.length() && blank(t.charAt(i))) {
        i++;
      }
      if (i >= t.length()) {
        break;
      }
      int before = Character.codePointBefore(t, s);
      int after = t.codePointAt(i);
      boolean hanBefore = han(before);
      boolean hanAfter = han(after);
      boolean alnumBefore = before < 128 && asciiAlnum((char) before);
      boolean alnumAfter = after < 128 && asciiAlnum((char) after);
      if ((hanBefore && alnumAfter) || (alnumBefore && hanAfter)) {
        for (int k = s; k < i; k++) {
          drop[k] = true;
        }
        if (first < 0) {
          first = s;
        }
        last = i;
      }
    }
    if (first < 0) {
      return p;
    }
    StringBuilder sb = new StringBuilder(t.length());
    int[] line = new int[t.length()];
    int[] col = new int[t.length()];
    int n = 0;
    for (int k = 0; k < t.length(); k++) {
      if (drop[k]) {
        continue;
      }
      sb.append(t.charAt(k));
      line[n] = p.line[k];
      col[n] = p.col[k];
      n++;
    }
    Para out = new Para(sb.toString(), Arrays.copyOf(line, n), Arrays.copyOf(col, n));
    BodyRules r = BodyRules.SPACES_REMOVED;
    int l1 = p.line[first];
    int l2 = p.line[last];
    if (l1 == l2) {
      ctx.finding(Finding.of(r.id(), r.severity(), r.message(), "body",
          SourceSpan.ofLine(l1, p.col[first], p.col[last] + 1))
          .withFix(excerpt(out.text)));
    } else {
      ctx.finding(Finding.of(r.id(), r.severity(), r.message(), "body",
          new SourceSpan(l1, p.col[first], l2, p.col[last] + 1))
          .withFix(excerpt(out.text)));
    }
    return out;
  }

  private static String excerpt(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  private static final String TRADITIONAL = "謝復覆滿禮歡饋見請關於為這們對將後個階進繼續總結說現經與務辦來類問題應該會議";
  private static final String SIMPLIFIED = "谢复复满礼欢馈见请关于为这们对将后个阶进继续总结说现经与务办来类问题应该会议";

  /** Traditional characters read as simplified, for matching formulas only. */
  static String normalise(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      int k = TRADITIONAL.indexOf(s.charAt(i));
      if (k >= 0) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, SIMPLIFIED.charAt(k));
      }
    }
    return sb == null ? s : sb.toString();
  }
}
