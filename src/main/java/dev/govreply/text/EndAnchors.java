package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of a reply found by its anchors, when the bottom-up scan of the end stopped early on a
 * line it does not know (a remark, a web footer, an unusual contact line): the last date line,
 * else a line repeating the issuer's name, else, where no issuer is known, a body's name alone
 * (a signature whose date was damaged in capture). The end runs from its anchor up over the lines
 * that can belong to it; the unknown lines below the anchor become unrecognized text instead of
 * pulling the signature and the date into the body. Below an end so found, the attachment the
 * letter appends (a feedback form, a list of answers) is kept apart ({@link End#annex}): none of
 * its lines is read as the end's.
 */
final class EndAnchors {
  private final ReadContext ctx;
  private final List<Line> all;
  private final Draft d;
  /** The facts of a line, kept for the read. */
  private final IntFunction<TailLine> tailLine;
  /** The facts of the lines asked so far, by index; null where not asked. */
  private final TailLine[] known;

  EndAnchors(ReadContext ctx, List<Line> all, Draft d, IntFunction<TailLine> tailLine,
      TailLine[] known) {
    this.ctx = ctx;
    this.all = all;
    this.d = d;
    this.tailLine = tailLine;
    this.known = known;
  }

  /**
   * Unknown lines below a date anchor with no signature above it that may still be taken out of
   * the body (a signed anchor takes any number of short lines).
   */
  private static final int MAX_STRAY = 3;


  /** The characters a date is printed with; a date line with others has a signature on it. */
  private static final Pattern DATE_CHARS =
      Pattern.compile("[0-9０-９年月日.\\-/〇零一二三四五六七八九十]");

  /**
   * Where the end starts, given the end found so far by the bottom-up scan at {@code tailStart}
   * (of {@code n} lines, the body from {@code bodyStart}): the last date line of the text (a date
   * alone or with the signature), else the last line that repeats the issuer's name (a signature
   * without date), else, when no issuer is known, the last body's name alone with at most
   * {@value #MAX_STRAY} unknown lines below it ({@link #nameAnchors}: 周村区交通运输局 / 2025 915);
   * from there up over the lines that can belong to the end (signature, contacts printed before
   * it). The end starts at {@code tailStart} when there is no anchor above it.
   */
  End start(int bodyStart, int tailStart, int n) {
    End none = new End(tailStart, -1);
    for (int j = tailStart; j < n; j++) {
      if (all.get(j).shortDate()) {
        return none; // the end found so far has its date: nothing to look for
      }
    }
    String issuer = d.headerIssuer != null ? d.headerIssuer
        : d.titleIssuer != null ? d.titleIssuer : d.page.issuer;
    String key = issuer == null ? null : Chars.removeBlanks(Chars.key(issuer));
    // one pass from the bottom up: the last date line, else the last signature's line (repeating
    // the issuer, or, no issuer known, a body's name alone)
    int anchor = -1;
    int signatureLine = -1;
    for (int j = tailStart - 1; j >= bodyStart; j--) {
      Line l = all.get(j);
      if (!Chars.weightAtMost(l.text(), 60)) {
        continue; // neither a date line nor the issuer's name
      }
      if (l.shortDate()) {
        anchor = j;
        break;
      }
      if (signatureLine < 0 && j > bodyStart
          && (key != null ? sameKey(l.text(), key) : nameAlone(l))) {
        signatureLine = j;
      }
    }
    if (anchor < 0) {
      if (key == null) { // a body's name alone, the signature of a date lost: few lines below it
        int stray = nameAnchors(signatureLine, tailStart, n)
            ? strays(signatureLine, tailStart, null, false) : -1;
        return stray >= 0 && stray <= MAX_STRAY
            ? new End(endAbove(signatureLine, bodyStart), -1) : none;
      }
      for (int j = tailStart; j < n; j++) {
        if (sameKey(all.get(j).text(), key)) {
          return none; // the end found so far has its signature
        }
      }
      anchor = signatureLine;
      if (anchor < 0) {
        return none;
      }
    }
    int start = endAbove(anchor, bodyStart);
    // a letter closed (感谢…, 特此答复) right above its end: one paragraph below, the last of the text
    // and no measure, is text the page appends (the item as filed), not the body's
    boolean closed = closesAbove(start, bodyStart) && endsNothingBelow(anchor);
    int stray = strays(anchor, tailStart, describedName(start, anchor), closed);
    if (stray < 0) {
      return none; // a paragraph: the anchor was in the body
    }
    boolean signed = start < anchor || !Chars.isBlank(DATE_CHARS.matcher(
        Chars.removeBlanks(all.get(anchor).text())).replaceAll(""));
    if (stray > MAX_STRAY && !signed) {
      return none;
    }
    return new End(start, annexStart(start, anchor, tailStart));
  }

  /**
   * The end {@link #start} found.
   *
   * @param start where the end starts
   * @param annex where an attachment appended below it starts ({@link #annexStart}), or -1 (also
   *     when the end was found without an anchor): the lines from there down are the attachment's,
   *     none of them the end's, though an attachment (a feedback form, a list of the measures)
   *     prints names, phones and marks too
   */
  record End(int start, int annex) {}

  /**
   * Where an attachment appended below an end from {@code start}, anchored at {@code anchor},
   * starts among the lines above {@code tailStart}, or -1: a line below the anchor that is an
   * attachment's heading alone ({@link #ANNEX_HEADING}: GB/T 9704 prints 附件 or 附件2 first on the
   * attachment's first page); or, when the end describes an attachment (附件：…, 附：…: the 附件说明,
   * which GB/T 9704 puts below the body), a line below the anchor and that description that the
   * end does not know that is that attachment's title ({@link #titles}, perhaps broken over two
   * lines; its heading lost in capture: GB/T 9704 asks that the description and the title agree).
   * A line the end knows (a contact, a copy-to, a note) is never the start.
   */
  private int annexStart(int start, int anchor, int tailStart) {
    String name = null; // the name of the attachment the end describes
    for (int j = start; j < tailStart; j++) {
      Line l = all.get(j);
      if (l.blank()) {
        continue;
      }
      if (j > anchor && (ANNEX_HEADING.matcher(l.compactKey()).matches() || startsItemsText(l)
          || name != null && (announces(j, tailStart, name)
              || !isTail(j) && titles(j, tailStart, name)))) {
        return j;
      }
      if (name == null && startsAttachment(l)) {
        name = describedName(l.compactKey());
      }
    }
    return -1;
  }

  /**
   * The name of the first attachment that the end's lines {@code [start, anchor]} describe
   * ({@link #describedName(String)}: 附件：巴南区政协提案办理答复清单), or null.
   */
  private String describedName(int start, int anchor) {
    for (int j = Math.max(start, 0); j <= anchor; j++) {
      Line l = all.get(j);
      if (!l.blank() && startsAttachment(l)) {
        return describedName(l.compactKey());
      }
    }
    return null;
  }

  /**
   * Whether line {@code j}, below the end, is the label of the attachment the end describes as
   * {@code name}: the label naming it (附件：巴南区政协提案办理答复清单), or the label alone with the
   * attachment's title right below it (附件： / 巴南区政协提案办理答复清单). The attachment starts
   * there, whatever its table prints below (a body's name in a cell, 区生态环境局).
   */
  private boolean announces(int j, int tailStart, String name) {
    Line l = all.get(j);
    if (!startsAttachment(l)) {
      return false;
    }
    if (name.equals(describedName(l.compactKey()))) {
      return true;
    }
    int next = Line.nextText(all, j);
    return ATTACHMENT.matcher(l.compactKey()).matches() && next >= 0 && next < tailStart
        && titles(next, tailStart, name);
  }

  /**
   * The name of the first attachment the description {@code compact} (a compact key that starts
   * with an attachment's label) gives, without its number, its title marks and what follows it
   * (附件：1.《征询意见表》(1份) 2.现场照片 → 征询意见表); null when it gives none of at least
   * {@value #SHORTEST_NAME} characters.
   */
  private static String describedName(String compact) {
    Matcher m = DESCRIBED_NAME.matcher(compact);
    if (!m.lookingAt()) {
      return null;
    }
    String name = m.group(1);
    return name.length() >= SHORTEST_NAME ? name : null;
  }

  /** The fewest characters of an attachment's name that an attachment's title is matched by. */
  private static final int SHORTEST_NAME = 4;

  /**
   * Whether line {@code j} is the title of the attachment named {@code name}: it is the name, or
   * the name is broken over it and the next line that is not blank (above {@code tailStart}), to
   * that line's end (县政协八届二次会议委员提案 / 办理情况征询意见表), a table's cell borders aside. A
   * sentence that mentions the name (请填写后寄回委员提案办理情况征询意见表; （征询意见表请于…寄回）) is no title.
   */
  private boolean titles(int j, int tailStart, String name) {
    String k = CellBorders.cell(all.get(j).compactKey()); // a form's title in a table's cell
    if (k.equals(name)) {
      return true;
    }
    int next = Line.nextText(all, j);
    if (next < 0 || next >= tailStart) {
      return false;
    }
    String both = k + CellBorders.cell(all.get(next).compactKey());
    // the name starts on this line and ends the next one
    return both.endsWith(name) && both.length() - name.length() < k.length()
        && both.length() > k.length();
  }

  /**
   * How many lines between the anchor {@code anchor} and the end found so far at {@code tailStart}
   * the end does not know, up to where an attachment starts, counting that line; -1 when one of
   * them is a paragraph (the anchor was in the body) and the letter did not close above its end
   * ({@code closed}: one paragraph below a letter's closing and its end, no numbered measure, is
   * no body's; more than one, or a measure, make the end above a quoted one). An attachment starts
   * at its label ({@link #ATTACHMENT}: 附件：…), or at its heading alone ({@link #ANNEX_HEADING}:
   * 附件) below a line the end knows (签发领导, 联系人, 抄送: a date alone may be one the body
   * quotes), when no closing formula and no body's name alone stands below it. A label with one of
   * them below was the body's, and the date above it too (a notice the body quotes, its date,
   * 附：its annex, and the reply going on); a heading with one of them below (a cell of the
   * attachment's table, 提案者 | 民革九江市委会) counts as a line the end does not know.
   */
  private int strays(int anchor, int tailStart, String described, boolean closed) {
    int stray = 0;
    boolean known = false; // a line the end knows (a contact, a copy-to) below the anchor
    for (int j = anchor + 1; j < tailStart; j++) {
      Line l = all.get(j);
      if (Chars.isBlank(l.text())) {
        continue;
      }
      boolean heading = known && ANNEX_HEADING.matcher(l.compactKey()).matches();
      if ((startsAttachment(l) || heading || startsItemsText(l)) && endsNothingBelow(j)
          || described != null && announces(j, tailStart, described)) {
        return stray + 1; // the lines from its label or heading down are the attachment's
      }
      if (startsAttachment(l)) {
        return -1; // the label and the date above it were the body's
      }
      if (!Chars.weightAtMost(l.text(), 200)) {
        if (!closed || BodyStart.numberedHeading(l.text())) {
          return -1;
        }
        closed = false; // one paragraph appended; a second is the body's again
      }
      if (!isTail(j)) {
        stray++;
      } else {
        known = true;
      }
    }
    return stray;
  }

  /** How an attachment is numbered after 附件: 附件1, 附件一, 附件1-2. */
  private static final String ATTACHMENT_NUMBER = "[0-9一二三四五六七八九十-]*";

  /**
   * An attachment's label first on its line, in a line's compact key (附：, 附件：, 附 件：, 附件1：,
   * 附件一：, 附件1-2：): above the signature it describes the attachments (附件说明), a line of the
   * end ({@link TailLine#isTailLine(TailLine)}); below the end, what a letter appends (the deputy's
   * item as filed, a form) may start there.
   */
  private static final Pattern ATTACHMENT = Pattern.compile("附(?:件" + ATTACHMENT_NUMBER + ")?:");

  /**
   * An attachment's heading alone, in a line's compact key: 附件, 附件2, 附件一 (no colon; 附件：…
   * describes the attachments in the letter's end instead).
   */
  private static final Pattern ANNEX_HEADING = Pattern.compile("附件" + ATTACHMENT_NUMBER);

  /**
   * An attachment's description: its label ({@link #ATTACHMENT}), then the first attachment's
   * number and its name, up to a bracket, a digit (the next attachment's number) or a
   * punctuation mark.
   */
  private static final Pattern DESCRIBED_NAME = Pattern.compile(ATTACHMENT.pattern()
      + "(?:[0-9一二三四五六七八九十]{1,2}[.、．])?《?([^《》()\\[\\]【】〔〕0-9,，、;；。.:]+)");


  /**
   * Whether {@code l} starts the item as filed, below the reply: a label of what the item says
   * ({@link MetadataLabel#startsItemsText}: 案由：, 建议内容：).
   */
  private static boolean startsItemsText(Line l) {
    return MetadataLabel.startsItemsText(l.compactKey());
  }

  /** Whether {@code l} starts with an attachment's label ({@link #ATTACHMENT}). */
  static boolean startsAttachment(Line l) {
    return startsAttachment(l.compactKey());
  }

  /** Whether a line's compact key {@code compact} starts with an attachment's label. */
  static boolean startsAttachment(String compact) {
    return ATTACHMENT.matcher(compact).lookingAt();
  }

  /**
   * Whether no line below line {@code label} (an attachment's label) is a letter's closing
   * formula or a body's name alone (a signature): nothing of the reply's own end follows.
   */
  private boolean endsNothingBelow(int label) {
    for (int j = label + 1; j < all.size(); j++) {
      Line l = all.get(j);
      if (Formulas.startsWithClosingFormula(ctx, l.text()) || nameAlone(l)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the last line of text above line {@code start} (the end's first), below the body's
   * first, starts with a letter's closing formula (感谢您…关心和支持, 特此答复): the letter ended there.
   */
  private boolean closesAbove(int start, int bodyStart) {
    int j = Line.previousText(all, start);
    return j > bodyStart && Formulas.startsWithClosingFormula(ctx, all.get(j).text());
  }

  /** Whether {@code l} is a body's name alone on a short line: a signature's form. */
  static boolean nameAlone(Line l) {
    return Chars.weightAtMost(l.text(), 60) && OrgNames.isNameAlone(l.compactKey());
  }

  /**
   * Whether the body's name alone on line {@code name} may anchor the end found so far at {@code
   * tailStart} (of {@code n} lines): that end names no body itself, and no line below the name
   * that the end does not know is a closing formula (感谢…, 特此答复) or a sentence, which would
   * make it a name of the body's text (…由以下单位负责： / 县交通运输局 / 县财政局 / 我们将加强协调。).
   */
  private boolean nameAnchors(int name, int tailStart, int n) {
    if (name < 0) {
      return false;
    }
    for (int j = tailStart; j < n; j++) {
      if (nameAlone(all.get(j))) {
        return false;
      }
    }
    for (int j = name + 1; j < tailStart; j++) {
      String t = all.get(j).text();
      if (!isTail(j) && (Formulas.startsWithClosingFormula(ctx, t)
          || TextNorm.SENTENCE_ENDS.firstIn(t, 0, t.length()) < t.length())) {
        return false;
      }
    }
    return true;
  }

  /** Whether line {@code j} can belong to the end, asked without keeping the facts. */
  private boolean isTail(int j) {
    return known[j] != null ? known[j].tail() : TailLine.isTailLine(all.get(j));
  }

  /**
   * Where the end starts above its anchor {@code anchor} (a date or a signature): over the lines
   * that can belong to it, but no body's name alone above the attachments' description when the
   * signature stands below it ({@link TailReader.DescribedEnd}).
   */
  private int endAbove(int anchor, int bodyStart) {
    TailReader.DescribedEnd described = new TailReader.DescribedEnd();
    described.admits(all.get(anchor), tailLine.apply(anchor));
    int start = anchor;
    while (start - 1 > bodyStart) {
      TailLine f = tailLine.apply(start - 1);
      if (!f.tail() || !described.admits(all.get(start - 1), f)) {
        break;
      }
      start--;
    }
    return start;
  }

  /**
   * Whether {@code text} is {@code key} (a compact key) as printed, blanks aside: as many
   * characters that are not blanks, and the same ones.
   */
  private static boolean sameKey(String text, String key) {
    return Chars.weight(text, key.length()) == key.length()
        && Chars.removeBlanks(Chars.key(text)).equals(key);
  }
}
