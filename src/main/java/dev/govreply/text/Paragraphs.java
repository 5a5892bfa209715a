package dev.govreply.text;

import dev.govreply.findings.Finding;
import dev.govreply.findings.SourceSpan;
import dev.govreply.internal.CharSet;
import dev.govreply.internal.Chars;
import dev.govreply.model.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 *       or a closing formula, or the paragraph so far is a short heading, a letter formula (此致 /
 *       敬礼) or a greeting (您好！);
 *   <li>spaces between a Han character and an ASCII digit or letter are removed ({@code 牵头 16 家}
 *       → {@code 牵头16家}), and a line of letter-spaced Han characters ({@code 此 致}) is closed
 *       up;
 *   <li>everything else, punctuation included, is kept as printed.
 * </ul>
 *
 * <p>Cleaning a line only removes characters: a line that needs none is kept as its own String,
 * and the lines of a paragraph are joined once, with the runs that say where their characters
 * were printed ({@link Para}, {@link SourceRuns}). Assembly is linear in the input: a line is
 * classified only when the line before it does not end a sentence, and a paragraph's text is
 * made once.
 */
final class Paragraphs {
  private Paragraphs() {}

  /** Punctuation that ends a paragraph when a line ends with it. */
  private static final CharSet PARAGRAPH_END = CharSet.of("。！？!?；;：:”」）)");

  /** Characters that end a sentence (a heading is the text up to and including one of them). */
  private static final CharSet SENTENCE_END = CharSet.of("。！？!?；;");

  /** Closing quotes and brackets that belong to the sentence they close. */
  private static final CharSet CLOSERS = CharSet.of("”’」』）)》");

  /**
   * The longest heading that stands alone without punctuation (一、基本情况): a longer text
   * without an end of sentence is a paragraph broken over lines. A letter formula and a greeting
   * are shorter.
   */
  private static final int SHORT_HEADING = 40;

  /** A short line of single Han characters separated by spaces: 此 致 / 敬 礼 / 特 此 答 复. */
  private static final Pattern LETTER_SPACED = Pattern.compile(
      "([" + Chars.HAN + "][ \\u3000\\u00A0]+){1,7}[" + Chars.HAN + "][。！!：:]?");

  /** Assembles the paragraphs of {@code lines}, recording markup and findings in {@code ctx}. */
  static List<Para> assemble(List<Line> lines, ReadContext ctx) {
    List<Para> segments = new ArrayList<>(lines.size());
    // firstBlank[i]: the first blank inside segment i (its length when none), where spaces that
    // may need closing up are looked for
    int[] firstBlank = new int[lines.size()];
    for (Line l : lines) {
      Para segment = withoutBoldMarkers(l, ctx);
      segment = segment.strip(0, segment.length());
      if (segment.isEmpty()) {
        continue;
      }
      int blank = segment.nextBlank(0);
      if (blank < segment.length() && LETTER_SPACED.matcher(segment).matches()) {
        segment = closedUp(segment, l, ctx);
        blank = segment.length();
      }
      firstBlank[segments.size()] = blank;
      segments.add(segment);
    }
    List<Para> out = new ArrayList<>();
    int start = 0; // the paragraph being built is segments [start, i)
    int length = 0;
    for (int i = 0; i < segments.size(); i++) {
      if (i > start) {
        if (continues(segments, start, i, length, ctx)) {
          length += segments.get(i).length();
          continue;
        }
        out.add(paragraph(segments, start, i, firstBlank, ctx));
      }
      start = i;
      length = segments.get(i).length();
    }
    if (!segments.isEmpty()) {
      out.add(paragraph(segments, start, segments.size(), firstBlank, ctx));
    }
    return out;
  }

  // ---- one line ----------------------------------------------------------------------------

  /**
   * The text of one line without its bold markers {@code **} ({@link #boldMarkers}), each recorded
   * as markup, and a finding when text is left.
   */
  private static Para withoutBoldMarkers(Line l, ReadContext ctx) {
    Para line = Para.of(l);
    String t = l.text();
    if (t.indexOf("**") < 0) {
      return line;
    }
    List<Integer> markers = boldMarkers(t);
    if (markers.isEmpty()) {
      return line;
    }
    int[] drop = new int[2 * markers.size()];
    int count = 0;
    for (int marker : markers) {
      drop[count++] = marker;
      drop[count++] = marker + 2;
      ctx.markup(l.number(), "**");
    }
    Para text = line.closeUp(drop, count);
    if (!Chars.isBlank(text)) {
      BodyRules r = BodyRules.BOLD_MARKERS;
      ctx.finding(r.id(), r.severity(), r.message(), "body", l, 0, t.length(), null);
    }
    return text;
  }

  /**
   * Where the bold markers of the line {@code t} start: each {@code **} that is two stars alone
   * (a longer run masks digits or a name: 131******5505, ***委员). One that may open a bold span
   * (not after a Han character, a digit or a dash, and before text) is paired with the next,
   * which closes it whatever it follows ({@code **一、加强领导**}); one left unpaired is a marker of
   * a span that crosses lines, unless it masks a name or digits: after a Han character or a digit
   * (王**代表, 刘**、张**, 138**1234), or after a dash before a digit (0871-**71015). Masks win
   * where the two cannot be told apart, so that no text is lost.
   */
  static List<Integer> boldMarkers(String t) {
    List<Integer> runs = new ArrayList<>(4); // each ** of exactly two stars
    for (int i = t.indexOf("**"); i >= 0; ) {
      int end = i;
      while (end < t.length() && t.charAt(end) == '*') {
        end++;
      }
      if (end - i == 2) {
        runs.add(i);
      }
      i = t.indexOf("**", end);
    }
    List<Integer> markers = new ArrayList<>(runs.size());
    for (int r = 0; r < runs.size(); r++) {
      int at = runs.get(r);
      if (masks(t, at)) {
        continue;
      }
      markers.add(at);
      boolean opens = at + 2 < t.length() && !Chars.isBlank(t.charAt(at + 2));
      if (opens && r + 1 < runs.size()) {
        markers.add(runs.get(++r)); // the pair's closing marker, whatever it follows
      }
    }
    return markers;
  }

  /** Whether the {@code **} at {@code at} of {@code t} masks a name or digits. */
  private static boolean masks(String t, int at) {
    char before = at > 0 ? t.charAt(at - 1) : ' ';
    char after = at + 2 < t.length() ? t.charAt(at + 2) : ' ';
    return han(before) || Chars.isAsciiDigit(before)
        || "-—－".indexOf(before) >= 0 && Chars.isAsciiDigit(after);
  }

  /**
   * A letter-spaced line ({@code 此 致}) of {@code l}, without blanks at its ends, closed up:
   * the blanks between its characters removed, with a finding.
   */
  private static Para closedUp(Para segment, Line l, ReadContext ctx) {
    int n = segment.length();
    int[] drop = new int[n];
    int count = 0;
    for (int i = segment.nextBlank(1); i < n; i = segment.nextBlank(i)) {
      int e = segment.skipBlanks(i, n); // each run of blanks between characters, one range
      drop[count++] = i;
      drop[count++] = e;
      i = e;
    }
    int start = segment.col(0) - l.column();
    int end = segment.col(n - 1) - l.column() + 1;
    Para closed = segment.closeUp(drop, count);
    BodyRules r = BodyRules.LETTER_SPACING;
    ctx.finding(r.id(), r.severity(), r.message(), "body", l, start, end, closed.text());
    return closed;
  }

  // ---- lines into paragraphs ---------------------------------------------------------------

  /**
   * Whether the paragraph so far (segments {@code [from, next)}, {@code length} characters)
   * continues on segment {@code next}.
   */
  private static boolean continues(List<Para> segments, int from, int next, int length,
      ReadContext ctx) {
    Para line = segments.get(next);
    if (length + line.length() > Limits.MAX_STRING_LENGTH) {
      return false; // a paragraph is at most the longest string a reply may hold
    }
    Para last = segments.get(next - 1);
    if (endsParagraph(last) || opensParagraph(line, ctx)) {
      return false;
    }
    if (length > SHORT_HEADING) {
      return true; // too long to stand alone as a heading, a letter formula or a greeting
    }
    Para sofar = Para.join(segments.subList(from, next));
    boolean oneLine = sofar.line(0) == last.line(last.length() - 1);
    return !standsAlone(sofar, oneLine, ctx) && !Formulas.isGreeting(ctx, sofar);
  }

  /** Whether a line ending so ends its paragraph: 。！？；：and closing quotes or brackets. */
  private static boolean endsParagraph(CharSequence line) {
    return !line.isEmpty() && PARAGRAPH_END.contains(line.charAt(line.length() - 1));
  }

  /**
   * Whether a line never continues the paragraph before it: it starts a structural item, a
   * closing formula or is a letter formula.
   */
  private static boolean opensParagraph(CharSequence line, ReadContext ctx) {
    return startsStructuralItem(ctx, line) || Formulas.startsWithClosingFormula(ctx, line)
        || Formulas.isLetterFormula(ctx, line);
  }

  /**
   * Whether a paragraph stands alone though it does not end a sentence: a letter formula, a
   * contact's line on one line ({@link #isContactsLine}), or a short heading on one line
   * (一、基本情况) without an end of sentence.
   */
  private static boolean standsAlone(CharSequence t, boolean oneLine, ReadContext ctx) {
    if (Formulas.isLetterFormula(ctx, t) || oneLine && isContactsLine(t)) {
      return true;
    }
    return oneLine && t.length() <= SHORT_HEADING && startsWithHeadingNumber(t, ctx)
        && !hasSentenceEnd(t);
  }

  /**
   * Whether the line {@code t}, first of its paragraph, is a contact's line: a contact's label,
   * its colon and one person's name, perhaps with a phone, and nothing else (部门负责人:元海波;
   * 人: 裴亮亮, a label that lost its first characters in capture). Such a line of the reply's
   * end that stayed in the body (a line of the end below it damaged in capture: 联:(03556015222)
   * is a line of its own as printed; a line of prose that starts with a label's words (负责人：李某，
   * 已责令其…, 负责人：为第一责任人) goes on as before.
   */
  private static boolean isContactsLine(CharSequence t) {
    if (t.length() > SHORT_HEADING) {
      return false;
    }
    String text = t.toString();
    List<ContactLabel> labels = ContactLabel.in(text, Chars.key(text), true);
    if (!ContactLabel.startLine(text, labels)) {
      return false;
    }
    ContactLabel label = labels.get(0);
    if (label.kind() != ContactLabel.Kind.CONTACT || label.end() == label.colon()) {
      return false; // another label, or one without its colon
    }
    ContactValue value = ContactValue.read(text, label.end(), text.length());
    return value.personAlone() || value.personAndPhone();
  }

  /**
   * Whether {@code t} starts with the number of a heading ({@link
   * Numbering.Number#headsParagraph}).
   */
  private static boolean startsWithHeadingNumber(CharSequence t, ReadContext ctx) {
    Numbering.Number n = Numbering.at(ctx, t, 0);
    return n != null && n.headsParagraph();
  }

  private static boolean hasSentenceEnd(CharSequence t) {
    return SENTENCE_END.firstIn(t, 0, t.length()) < t.length();
  }

  /**
   * Whether a line starts a structural item: a numbered item (一、 一是 （一） 1. （1）) or a
   * commitments opener (下一步，).
   */
  static boolean startsStructuralItem(ReadContext ctx, CharSequence t) {
    return Numbering.at(ctx, t, 0) != null || Formulas.startsWithCommitmentsOpener(ctx, t);
  }

  /** The most characters of a phrase of a heading that a blank sets off on a flattened line. */
  private static final int HEADING_WORDS = 15;

  /**
   * The end of the heading of a measure whose text is {@code t[from, to)} on a line a capture
   * flattened: after the phrases of Han characters alone, each at most {@value #HEADING_WORDS}
   * long and followed by a blank, that stand before a text ending a sentence (一、基本现状
   * 由于…暂不对外开放。; 一、高度重视 迅速行动 收到建议后…。); else the end of the first sentence
   * ({@link #firstSentenceEnd}).
   */
  static int headingEnd(CharSequence t, int from, int to) {
    int end = from; // after the last phrase read
    int next = from;
    while (true) {
      int blank = next;
      while (blank < to && han(t.charAt(blank))) {
        blank++;
      }
      if (blank == next || blank - next > HEADING_WORDS || blank == to
          || !Chars.isBlank(t.charAt(blank))) {
        break;
      }
      end = blank;
      next = Chars.skipBlanks(t, blank);
    }
    return end > from && hasSentenceEnd(t.subSequence(next, to)) ? end
        : firstSentenceEnd(t, from, to);
  }

  /**
   * The end of the first sentence of {@code t[from, to)}: after the first of 。！？；and the
   * closing quotes and brackets after it; {@code to} when there is none.
   */
  static int firstSentenceEnd(CharSequence t, int from, int to) {
    int i = SENTENCE_END.firstIn(t, from, to);
    if (i == to) {
      return to;
    }
    int j = i + 1;
    while (j < to && CLOSERS.contains(t.charAt(j))) {
      j++;
    }
    return j;
  }

  // ---- spaces ------------------------------------------------------------------------------

  /**
   * The paragraph of {@code segments[from, to)}, with the spaces between a Han character and an
   * ASCII digit or letter (or %) removed and one finding for the paragraph. Blanks never start or
   * end a segment, so such a space and the characters around it lie inside one segment: only the
   * blanks inside a segment, from its first ({@code firstBlank}), are looked at.
   */
  private static Para paragraph(List<Para> segments, int from, int to, int[] firstBlank,
      ReadContext ctx) {
    List<Para> parts = segments.subList(from, to);
    int[] drop = null; // the runs of blanks dropped, as pairs [start, end) in the paragraph
    int count = 0;
    Para first = null; // the segment of the first dropped blank, at index firstAt
    int firstAt = 0;
    Para last = null; // the segment of the last dropped blank, followed by a character at lastAt
    int lastAt = 0;
    int at = 0; // where segment k starts in the paragraph
    for (int k = from; k < to; at += segments.get(k).length(), k++) {
      Para line = segments.get(k);
      int n = line.length();
      // each run of blanks [i, e) inside the segment (which ends with a character)
      for (int i = firstBlank[k]; i < n; ) {
        int e = line.skipBlanks(i, n);
        int before = Character.codePointBefore(line, i);
        int after = Character.codePointAt(line, e);
        if (asciiAlnum(after) && han(before) || asciiAlnum(before) && han(after)) {
          if (drop == null) {
            drop = new int[8];
          } else if (count == drop.length) {
            drop = Arrays.copyOf(drop, 2 * count);
          }
          if (count == 0) {
            first = line;
            firstAt = i;
          }
          drop[count++] = at + i;
          drop[count++] = at + e;
          last = line;
          lastAt = e;
        }
        i = line.nextBlank(e);
      }
    }
    Para out = Para.join(parts, drop, count);
    if (count > 0) {
      int l1 = first.line(firstAt);
      int l2 = last.line(lastAt);
      SourceSpan span = l1 == l2
          ? SourceSpan.ofLine(l1, first.col(firstAt), last.col(lastAt) + 1)
          : new SourceSpan(l1, first.col(firstAt), l2, last.col(lastAt) + 1);
      BodyRules r = BodyRules.SPACES_REMOVED;
      String excerpt = out.length() <= 40 ? out.text() : out.sub(0, 40).text().concat("…");
      ctx.finding(Finding.of(r.id(), r.severity(), r.message(), "body", span).withFix(excerpt));
    }
    return out;
  }

  /**
   * The characters of the basic multilingual plane that are of the Han script, looked up once
   * from {@link Character.UnicodeScript}: the spaces of a paragraph ask for their neighbours.
   */
  private static final BitSet HAN_BMP = new BitSet(Character.MAX_VALUE + 1);

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      HAN_BMP.set(c, Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
  }

  /** Whether {@code cp} is of the Han script ({@link Character.UnicodeScript#HAN}). */
  static boolean han(int cp) {
    return cp <= Character.MAX_VALUE ? HAN_BMP.get(cp)
        : Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** An ASCII digit or letter, or %. */
  private static boolean asciiAlnum(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '%';
  }
}
