package dev.govreply.text;

import dev.govreply.findings.Finding;
import dev.govreply.findings.SourceSpan;
import dev.govreply.internal.Chars;
import dev.govreply.model.Limits;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 *
 * <p>The patterns below define the markers and formulas; the hot paths test them with the
 * equivalent hand-written checks of {@link BodyScan}. Assembly is linear in the input: each line
 * is classified at most once (only when the line before it does not end a sentence), and a
 * paragraph's lines are joined once.
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

  /**
   * A paragraph of the body, with the source line and column of each of its characters. The
   * characters and their positions are a window {@code [off, off + len)} of arrays that may be
   * shared with other paragraphs, so that {@link #sub} copies nothing; the text is made when it is
   * first asked for. The window is not written after the paragraph is made, except by {@link
   * Paragraphs#finish}, which closes up a paragraph it then replaces.
   */
  static final class Para implements CharSequence {
    private final char[] chars;
    private final int[] line;
    private final int[] col;
    private final int off;
    private final int len;
    /** The text of the window, made on first use. */
    private String text;

    Para(char[] chars, int[] line, int[] col, int off, int len) {
      this.chars = chars;
      this.line = line;
      this.col = col;
      this.off = off;
      this.len = len;
    }

    /** The text. */
    String text() {
      String t = text;
      if (t == null) {
        t = new String(chars, off, len);
        text = t;
      }
      return t;
    }

    /** Character {@code i}. */
    @Override
    public char charAt(int i) {
      return chars[off + i];
    }

    /** The number of characters. */
    @Override
    public int length() {
      return len;
    }

    @Override
    public Para subSequence(int start, int end) {
      return sub(start, end);
    }

    /** {@code text().indexOf(c, from)}, without making the text. */
    int indexOf(char c, int from) {
      for (int i = Math.max(from, 0); i < len; i++) {
        if (chars[off + i] == c) {
          return i;
        }
      }
      return -1;
    }

    /** The source line of character {@code i}. */
    int line(int i) {
      return line[off + i];
    }

    /** The source column of character {@code i}. */
    int col(int i) {
      return col[off + i];
    }

    /** Characters {@code [start, end)}: a window of the same arrays. */
    Para sub(int start, int end) {
      if (start < 0 || end > len || start > end) {
        throw new StringIndexOutOfBoundsException(
            "begin " + start + ", end " + end + ", length " + len);
      }
      if (start == 0 && end == len) {
        return this;
      }
      return new Para(chars, line, col, off + start, end - start);
    }

    /** Characters {@code [start, end)} without surrounding blanks. */
    Para strip(int start, int end) {
      int s = skipBlanks(start, end);
      return sub(s, trimEnd(s, end));
    }

    /** The first index in {@code [start, end)} that is not a blank, else {@code end}. */
    int skipBlanks(int start, int end) {
      int s = start;
      while (s < end && blank(chars[off + s])) {
        s++;
      }
      return s;
    }

    /** The end of {@code [start, end)} without trailing blanks (at least {@code start}). */
    int trimEnd(int start, int end) {
      int e = end;
      while (e > start && blank(chars[off + e - 1])) {
        e--;
      }
      return e;
    }

    @Override
    public boolean isEmpty() {
      return len == 0;
    }

    Para concat(Para other) {
      int n = len;
      int m = other.len;
      char[] a = new char[n + m];
      int[] l = new int[n + m];
      int[] c = new int[n + m];
      System.arraycopy(chars, off, a, 0, n);
      System.arraycopy(line, off, l, 0, n);
      System.arraycopy(col, off, c, 0, n);
      System.arraycopy(other.chars, other.off, a, n, m);
      System.arraycopy(other.line, other.off, l, n, m);
      System.arraycopy(other.col, other.off, c, n, m);
      return new Para(a, l, c, 0, n + m);
    }

    /** The first source line of character {@code index} (or of the paragraph when empty). */
    int lineAt(int index) {
      if (len == 0) {
        return 0;
      }
      return line[off + Math.min(Math.max(index, 0), len - 1)];
    }

    /**
     * Records that this paragraph's text went to {@code path}, once per source line. The lines of
     * a paragraph's characters never decrease (its lines are joined in order), so the characters
     * of one line are a run, whose end is found by galloping and bisection rather than by reading
     * every character.
     */
    void target(ReadContext ctx, String path) {
      int e = off + len;
      int i = off;
      if (len > 0 && line[off] == line[e - 1]) { // all on one line: the common case
        ctx.target(line[off], path);
        return;
      }
      while (i < e) {
        int l = line[i];
        ctx.target(l, path);
        int lo = i; // line[lo] == l
        int hi = i + 1;
        for (int step = 1; hi < e && line[hi] == l; step <<= 1) {
          lo = hi;
          hi = (int) Math.min((long) e, (long) lo + step);
        }
        // line[lo] == l, and hi == e or line[hi] != l: the run ends in (lo, hi]
        while (hi - lo > 1) {
          int mid = (lo + hi) >>> 1;
          if (line[mid] == l) {
            lo = mid;
          } else {
            hi = mid;
          }
        }
        i = hi;
      }
    }

    /** {@code text().indexOf(c, from)}: with the text's own search once the text is made. */
    int indexOfFast(char c, int from) {
      return text != null ? text.indexOf(c, from) : indexOf(c, from);
    }

    @Override
    public String toString() {
      return text();
    }
  }

  /** Whether {@code c} is whitespace as captures have it (incl. U+3000, NBSP, BOM, ZWSP). */
  static boolean blank(char c) {
    return Chars.isBlank(c);
  }

  static boolean han(int cp) {
    return BodyScan.han(cp);
  }

  private static boolean asciiAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || c == '%';
  }

  /**
   * The cleaned lines of the body, one after the other in one buffer, with the source line and
   * column of each character: a paragraph of consecutive lines is a window of it.
   */
  private static final class Buffer {
    final char[] chars;
    final int[] line;
    final int[] col;
    int size;
    /** Whether the line last cleaned has blanks inside (after stripping). */
    boolean spaced;
    /**
     * The positions of the blanks inside the cleaned lines, ascending: what finish reads. Grown
     * as lines are cleaned ({@link #blanks(int)}): most text has few blanks, so it is not made as
     * large as the text.
     */
    int[] blanks;
    int blankCount;

    /**
     * Per line of the assembly, at least: its segment, whether it has blanks inside, and where its
     * blanks start in {@link #blanks} (one more).
     */
    Para[] segments = new Para[0];
    boolean[] segmentSpaced = new boolean[0];
    int[] blankFrom = new int[1];

    Buffer(int capacity) {
      chars = new char[capacity];
      blanks = new int[Math.min(capacity, MIN_KEPT)];
      line = new int[capacity];
      col = new int[capacity];
    }

    /** {@link #blanks}, made to hold at least {@code size} positions. */
    int[] blanks(int size) {
      if (blanks.length < size) {
        blanks = Arrays.copyOf(blanks, Math.max(size, 2 * blanks.length));
      }
      return blanks;
    }

    /** Makes the per-line arrays hold at least {@code lines} lines. */
    void lines(int lines) {
      if (segments.length < lines) {
        int n = Math.max(lines, 2 * segments.length);
        segments = new Para[n];
        segmentSpaced = new boolean[n];
        blankFrom = new int[n + 1];
      }
    }

    /**
     * A buffer of at least {@code capacity} characters for one assembly on this thread: the one
     * this thread used last when it is large enough, else a new one, which is kept for the next
     * assembly when it holds at most {@value #MAX_KEPT} characters (softly, so memory pressure
     * frees it). Every position is written before it is read, so a kept buffer needs no clearing.
     * An assembly and the paragraphs made from it are used within one {@link BodyReader#read}
     * call, which does not nest, so two uses of a buffer never overlap.
     */
    static Buffer acquire(int capacity) {
      SoftReference<Buffer> ref = KEPT.get();
      Buffer b = ref == null ? null : ref.get();
      if (b != null && b.chars.length >= capacity) {
        b.size = 0;
        b.blankCount = 0;
        b.spaced = false;
        return b;
      }
      b = new Buffer(Math.max(capacity, MIN_KEPT));
      if (capacity <= MAX_KEPT) {
        KEPT.set(new SoftReference<>(b));
      }
      return b;
    }

    /** The largest buffer kept between assemblies: about 14 bytes per character. */
    private static final int MAX_KEPT = 1 << 15;

    /** The smallest buffer made, so that short bodies share one buffer. */
    private static final int MIN_KEPT = 1 << 10;

    private static final ThreadLocal<SoftReference<Buffer>> KEPT = new ThreadLocal<>();

    Para para(int from, int to) {
      return new Para(chars, line, col, from, to - from);
    }
  }

  /** Assembles the paragraphs of {@code lines}, recording markup and findings in {@code ctx}. */
  static List<Para> assemble(List<Line> lines, ReadContext ctx) {
    int lineCount = lines.size();
    int capacity = 0;
    for (int i = 0; i < lineCount; i++) {
      capacity += lines.get(i).text().length();
    }
    Buffer buf = Buffer.acquire(capacity);
    buf.lines(lineCount);
    Para[] segments = buf.segments;
    boolean[] spaced = buf.segmentSpaced;
    // the blanks of segment i are buf.blanks[blankFrom[i], blankFrom[i + 1])
    int[] blankFrom = buf.blankFrom;
    blankFrom[0] = 0;
    int n = 0;
    for (int i = 0; i < lineCount; i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      int from = buf.size;
      clean(l, ctx, buf);
      if (buf.size > from) {
        spaced[n] = buf.spaced;
        blankFrom[n + 1] = buf.blankCount;
        Para segment = buf.para(from, buf.size);
        if (buf.size - from == l.text().length()) {
          segment.text = l.text(); // cleaning only removes: nothing removed, the line's string
        }
        segments[n++] = segment;
      }
    }
    List<Para> out = new ArrayList<>(n);
    int start = 0; // the paragraph being built is segments [start, i)
    int length = 0;
    boolean anySpaced = false;
    for (int i = 0; i < n; i++) {
      if (i > start) {
        if (continues(segments, start, i, length)) {
          length += segments[i].length();
          anySpaced |= spaced[i];
          continue;
        }
        Para p = join(segments, start, i, length, buf);
        out.add(anySpaced ? finish(p, buf, ctx, blankFrom[start], blankFrom[i]) : p);
      }
      start = i;
      length = segments[i].length();
      anySpaced = spaced[i];
    }
    if (n > 0) {
      Para p = join(segments, start, n, length, buf);
      out.add(anySpaced ? finish(p, buf, ctx, blankFrom[start], blankFrom[n]) : p);
    }
    Arrays.fill(segments, 0, n, null); // kept with the buffer: hold no paragraph
    return out;
  }

  /**
   * Segments {@code [from, to)}, of {@code length} characters in all, as one paragraph: they are
   * consecutive in the buffer.
   */
  private static Para join(Para[] segments, int from, int to, int length, Buffer buf) {
    if (to - from == 1) {
      return segments[from];
    }
    int s = segments[from].off;
    return buf.para(s, s + length);
  }

  /** The text of segments {@code [from, to)}. */
  private static String text(Para[] segments, int from, int to, int length) {
    if (to - from == 1) {
      return segments[from].text();
    }
    StringBuilder sb = new StringBuilder(length);
    for (int i = from; i < to; i++) {
      sb.append(segments[i].text());
    }
    return sb.toString();
  }

  /**
   * One line, appended to the buffer: bold markers removed, blanks stripped, letter spacing closed
   * up.
   */
  private static void clean(Line l, ReadContext ctx, Buffer buf) {
    String t = l.text();
    int len = t.length();
    int w = buf.size;
    char[] chars = buf.chars;
    int[] col = buf.col;
    int column = l.column();
    boolean bold = false;
    int b0 = buf.blankCount;
    int[] at = buf.blanks(b0 + len); // room for every char of the line
    int blanks = 0; // their positions (relative to w) are at[b0, b0 + blanks)
    // copied, then the ** markers closed up in place run by run (runs move down, never up):
    // the markers are paired from the left, as a scan would pair them
    t.getChars(0, len, chars, w);
    int n = 0;
    int i = 0;
    boolean stars = t.indexOf('*') >= 0; // no marker without one: the common case
    while (i < len) {
      int m = stars ? t.indexOf("**", i) : -1;
      if (m < 0) {
        m = len;
      }
      int k = m - i;
      if (n != i) {
        System.arraycopy(chars, w + i, chars, w + n, k);
      }
      // the columns of the run, and where its blanks are (ascending, as runs go left to right)
      for (int j = 0, c = column + i, o = w + n; j < k; j++) {
        col[o + j] = c + j;
        if (blank(chars[o + j])) {
          at[b0 + blanks++] = n + j;
        }
      }
      n += k;
      if (m < len) {
        bold = true;
        ctx.markup(l.number(), "**");
      }
      i = m + 2;
    }
    // strip
    int s = 0;
    int e = n;
    while (s < e && blank(chars[w + s])) {
      s++;
    }
    while (e > s && blank(chars[w + e - 1])) {
      e--;
    }
    // the stripped characters are all blanks: are there any left inside?
    buf.spaced = blanks > s + (n - e);
    int kept = 0;
    if (buf.spaced) {
      // the blanks inside, as buffer positions after the strip (the leading s are stripped)
      for (int j = s; j < blanks - (n - e); j++) {
        at[b0 + kept++] = w + at[b0 + j] - s;
      }
    }
    buf.blankCount = b0 + kept;
    n = e - s;
    if (s > 0) {
      System.arraycopy(chars, w + s, chars, w, n);
      System.arraycopy(col, w + s, col, w, n);
    }
    Arrays.fill(buf.line, w, w + n, l.number());
    if (bold && n > 0) {
      ctx.finding(BodyRules.BOLD_MARKERS.id(), BodyRules.BOLD_MARKERS.severity(),
          BodyRules.BOLD_MARKERS.message(), "body", l, 0, l.text().length(), null);
    }
    buf.size = w + letterSpaced(buf, w, n, l, ctx);
    if (!buf.spaced) {
      buf.blankCount = b0; // closed up: no blanks left inside
    }
  }

  private static final Pattern LETTER_SPACED = Pattern.compile(
      "^(\\p{IsHan}[ \\u3000\\u00A0]+){1,7}\\p{IsHan}[。！!：:]?$");

  /**
   * 此 致 / 敬 礼 / 特 此 答 复: a short line of single Han characters separated by spaces, closed
   * up in the buffer at {@code [w, w + n)}; returns the new length.
   */
  private static int letterSpaced(Buffer buf, int w, int n, Line l, ReadContext ctx) {
    char[] chars = buf.chars;
    // the pattern needs a Han character (one or two chars) and a space after it
    if (n < 3 || " \u3000\u00A0".indexOf(chars[w + 1]) < 0
        && !Character.isHighSurrogate(chars[w])
        || !LETTER_SPACED.matcher(new String(chars, w, n)).matches()) {
      return n;
    }
    buf.spaced = false; // closed up below
    int firstCol = buf.col[w];
    int lastCol = buf.col[w + n - 1];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (blank(chars[w + i])) {
        continue;
      }
      chars[w + k] = chars[w + i];
      buf.line[w + k] = buf.line[w + i];
      buf.col[w + k] = buf.col[w + i];
      k++;
    }
    ctx.finding(BodyRules.LETTER_SPACING.id(), BodyRules.LETTER_SPACING.severity(),
        BodyRules.LETTER_SPACING.message(), "body", l, firstCol - l.column(),
        lastCol - l.column() + 1, new String(chars, w, k));
    return k;
  }

  /**
   * Whether the paragraph so far (segments {@code [from, next)}, {@code length} characters)
   * continues on segment {@code next}.
   */
  private static boolean continues(Para[] segments, int from, int next, int length) {
    if (length + segments[next].length() > Limits.MAX_STRING_LENGTH) {
      return false; // a paragraph is at most the longest string a reply may hold
    }
    Para last = segments[next - 1];
    if (endsSentence(last) || opens(segments[next])) { // segments are never empty
      return false;
    }
    // a letter formula, a short heading or a greeting is at most 40 characters long
    if (length > 40) {
      return true;
    }
    String cur = text(segments, from, next, length);
    boolean singleLine = segments[from].line(0) == last.line(last.length() - 1);
    return !standalone(cur, singleLine) && !BodyScan.greeting(cur);
  }

  /**
   * Whether a line can never continue the paragraph before it: it starts a structural item, a
   * closing or a letter formula. Asked only of a line after one that does not end a sentence.
   */
  private static boolean opens(Para t) {
    return startsStructure(t) || BodyScan.closingStart(t) || BodyScan.letterFormula(t);
  }

  static boolean endsSentence(CharSequence text) {
    return !text.isEmpty() && TERMINAL.indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** A paragraph that stands alone though it does not end a sentence. */
  private static boolean standalone(CharSequence t, boolean singleLine) {
    if (BodyScan.letterFormula(t)) {
      return true;
    }
    return singleLine && t.length() <= 40 && headingMarker(t) > 0 && noSentenceEnd(t);
  }

  private static boolean noSentenceEnd(CharSequence t) {
    for (int i = 0; i < t.length(); i++) {
      if (BodyScan.sentenceEnd(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The length of a heading marker (一、 （一） 1. （1）) at the start, or 0. */
  static int headingMarker(CharSequence t) {
    if (t.isEmpty()) {
      return 0;
    }
    int e = BodyScan.measureEnd(t);
    if (e < 0) {
      e = BodyScan.parenthesizedEnd(t);
    }
    if (e < 0) {
      e = BodyScan.arabicEnd(t);
    }
    if (e < 0) {
      e = BodyScan.parenthesizedArabicEnd(t);
    }
    return Math.max(e, 0);
  }

  /** Whether a line starts a structural item: a marker, or a commitments opener. */
  static boolean startsStructure(CharSequence t) {
    return headingMarker(t) > 0 || BodyScan.runInEnd(t, 0) > 0 || commitmentsOpener(t);
  }

  /** 下一步，/ 下步工作中， / 今后， …: the strong opener followed by a comma within a few characters. */
  static boolean commitmentsOpener(CharSequence t) {
    int end = BodyScan.commitmentsStrongEnd(t);
    if (end < 0) {
      return false;
    }
    for (int i = end; i < Math.min(t.length(), end + 6); i++) {
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

  /**
   * Spaces between Han characters and ASCII digits or letters removed; one finding. {@code p} is
   * a window of {@code buf}, which is read instead of the text.
   */
  private static Para finish(Para p, Buffer buf, ReadContext ctx, int blankFrom, int blankTo) {
    char[] a = buf.chars;
    int[] at = buf.blanks;
    int o = p.off;
    int end = o + p.length();
    int[] drop = null; // the dropped runs of blanks, as pairs [start, end) relative to o
    int drops = 0;
    int first = -1;
    int last = -1;
    // the blanks of p, recorded while cleaning, ascending: each maximal run of consecutive
    // positions is a run of blanks
    int j = blankFrom;
    while (j < blankTo) {
      int s = at[j++];
      int i = s + 1;
      while (j < blankTo && at[j] == i) {
        i++;
        j++;
      }
      if (s < o + 1) { // a run of blanks at the very start does not count
        s = o + 1;
        if (s >= i) {
          continue;
        }
      }
      if (i >= end) {
        break;
      }
      int before = Character.codePointBefore(a, s, o);
      int after = Character.codePointAt(a, i, end);
      boolean alnumBefore = before < 128 && asciiAlnum((char) before);
      boolean alnumAfter = after < 128 && asciiAlnum((char) after);
      if ((alnumAfter && han(before)) || (alnumBefore && han(after))) {
        if (drop == null) {
          drop = new int[2 * (blankTo - blankFrom)]; // at most one run per blank
        }
        drop[drops++] = s - o;
        drop[drops++] = i - o;
        if (first < 0) {
          first = s - o;
        }
        last = i - o;
      }
    }
    if (first < 0) {
      return p;
    }
    BodyRules r = BodyRules.SPACES_REMOVED;
    int l1 = p.line(first);
    int l2 = p.line(last);
    SourceSpan span = l1 == l2
        ? SourceSpan.ofLine(l1, p.col(first), p.col(last) + 1)
        : new SourceSpan(l1, p.col(first), l2, p.col(last) + 1);
    // closed up in place: the window belongs to this paragraph alone, and p is dropped
    int len = end - o;
    int n = first; // nothing before the first dropped blank moves
    for (int d = 0; d < drops; d += 2) {
      int k = drop[d + 1];
      int q = d + 2 < drops ? drop[d + 2] : len;
      // the kept run [k, q) moves down to n (n <= k: arraycopy copies overlapping ranges safely)
      System.arraycopy(a, o + k, a, o + n, q - k);
      System.arraycopy(buf.line, o + k, buf.line, o + n, q - k);
      System.arraycopy(buf.col, o + k, buf.col, o + n, q - k);
      n += q - k;
    }
    Para out = buf.para(o, o + n);
    ctx.finding(Finding.of(r.id(), r.severity(), r.message(), "body", span)
        .withFix(excerpt(out)));
    return out;
  }

  private static String excerpt(Para p) {
    return p.length() <= 40 ? p.text() : p.sub(0, 40).text().concat("…");
  }

  /** Traditional characters read as simplified, for matching formulas only. */
  static String normalise(String s) {
    return Chars.simplified(s);
  }
}
