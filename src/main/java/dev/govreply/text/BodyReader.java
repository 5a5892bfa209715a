package dev.govreply.text;

import dev.govreply.model.Body;
import dev.govreply.model.ChineseNumerals;
import dev.govreply.model.Commitments;
import dev.govreply.model.PointStyle;
import dev.govreply.text.Numbering.Number;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises the body (正文) from its lines: opening, context, measures with points, commitments,
 * closing. Records every placement in the context under paths {@code body.…}.
 *
 * <p>The layout rules of the genre, applied to the paragraphs that {@link Paragraphs} assembles
 * (the numbers are those of {@link Numbering}, the set phrases those of {@link Formulas}; the
 * opening and the closing are {@link OpeningAndClosing}'s):
 *
 * <ol>
 *   <li><b>Opening</b>: the first paragraph (您提出的《…》收悉…现答复如下), with a lone greeting
 *       (您好！) before it joined to it; when more text follows 如下： on the same line, it is split
 *       there. A body that starts with a numbered item has no opening.
 *   <li><b>Closing</b>: the trailing run of paragraphs that begin with a courtesy formula (感谢…,
 *       特此答复, 此致, 敬礼, 以上答复…, 如有意见…) or ask in their first sentence whether the
 *       proposer is satisfied.
 *   <li><b>Measures</b>: a paragraph beginning 一、 starts a measure; its heading is the first
 *       sentence (up to 。；！？ and a closing quote), the rest its paragraphs. Later paragraphs
 *       belong to it until the next measure, the commitments or the closing.
 *   <li><b>Points</b> inside a measure: the first number seen (一是, （一）, 1., （1）) sets the
 *       level; run-in points 一是 are split out of a paragraph wherever the next number follows a
 *       sentence or clause boundary (。；：，), so {@code 一、…。一是…。二是…} gives two points, and
 *       a point 1. with 2. after a sentence's or clause's end (。；) on its line is two points too.
 *       Numbers of other levels stay in the text of the current point.
 *   <li><b>Commitments</b>: a paragraph beginning 下一步 / 下步 / 今后 / 后段 / 下阶段, or, after the
 *       measures, 2024年，…将 / 我们将 / 我局将, starts the section (not inside a measure headed
 *       下一步工作打算, whose paragraphs are its own); paragraphs before the first item are the
 *       introduction; items are numbered 一是 (also run in), （一）, 1. or 一、. Plain paragraphs
 *       after the last run-in item are the body's closing (a run-in item is its paragraph); after
 *       a heading-style item they belong to it.
 *   <li>Paragraphs before the first measure are context; numbered items there stay text.
 * </ol>
 *
 * <p>Each call uses its own state. Never throws: on an internal error the body falls back to one
 * context paragraph per line.
 */
final class BodyReader {
  private enum Section { CONTEXT, MEASURES, COMMITMENTS }

  private static final String CONTEXT = "body.context";
  private static final String MEASURES = "body.measures";
  private static final String INTRO = "body.commitments.intro";
  private static final String ITEMS = "body.commitments.items";
  private static final String CLOSING = "body.closing";

  private final ReadContext ctx;
  private Section section = Section.CONTEXT;
  private String opening;
  private final List<String> context = new ArrayList<>();
  private final List<BodyItem> measures = new ArrayList<>();
  private final List<String> intro = new ArrayList<>();
  private final List<BodyItem> items = new ArrayList<>();
  /** How the commitment items are numbered, once the first is read. */
  private PointStyle itemStyle;
  /** Plain paragraphs after a run-in commitment item: the closing, unless another item follows. */
  private final List<Para> pending = new ArrayList<>();
  /**
   * The text the opening ran on into on its line (…现答复如下：一、…), or null: the rest of a reply
   * whose lines a capture ran together, blanks or none between them.
   */
  private Para ranOn;
  /**
   * The numbers of the measures whose own paragraphs follow {@link #ranOn} (二、 printed at the
   * start of a later line): a number after a full stop in the text run on is then a list's.
   */
  private final Set<Integer> measuresBelow = new HashSet<>();
  private final List<String> closing = new ArrayList<>();

  private BodyReader(ReadContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Reads the body.
   *
   * @param lines the body's lines in order (whole lines or parts of lines), blank lines included
   * @param ctx where placements and findings are recorded
   * @return the body, empty when there is no text
   */
  static Body read(List<Line> lines, ReadContext ctx) {
    try {
      return new BodyReader(ctx).parse(lines);
    } catch (RuntimeException e) {
      // never throw: keep every line as a context paragraph
      Body.Builder b = Body.builder();
      int i = 0;
      for (Line l : lines) {
        if (!l.blank()) {
          b.addContext(l.text().strip());
          ctx.target(l.number(), path(CONTEXT, i++));
        }
      }
      return b.build();
    }
  }

  /** The path of element {@code i} of the list at {@code list}: {@code list[i]}. */
  private static String path(String list, int i) {
    return list + "[" + i + "]";
  }

  private Body parse(List<Line> lines) {
    List<Para> ps = Paragraphs.assemble(lines, ctx);
    if (ps.isEmpty()) {
      return Body.builder().build();
    }
    OpeningAndClosing.Opening op = OpeningAndClosing.opening(ps, ctx);
    opening = op.text();
    ranOn = op.ranOn();
    List<Para> rest = op.rest();
    int k = rest.size();
    while (k > 0 && OpeningAndClosing.isClosing(ctx, rest.get(k - 1))) {
      k--;
    }
    if (k == rest.size() && !rest.isEmpty()) {
      Para last = rest.get(k - 1);
      finding(BodyRules.NO_CLOSING, null, last, 0, last.length(), null);
    }
    for (int i = 1; ranOn != null && i < k; i++) { // ranOn, when there is one, comes first
      Number n = Numbering.at(ctx, rest.get(i), 0);
      if (n != null && n.numbering() == Numbering.MEASURE) {
        measuresBelow.add(n.value());
      }
    }
    for (int i = 0; i < k; i++) {
      Para p = rest.get(i);
      paragraph(p, false, p == ranOn);
      rest.set(i, null); // placed: not held while the rest is read
    }
    // plain paragraphs after the last run-in item close the body
    for (Para p : pending) {
      addClosing(p);
    }
    pending.clear();
    for (int i = k; i < rest.size(); i++) {
      addClosing(rest.get(i));
    }
    return build();
  }

  private void addClosing(Para p) {
    p.target(ctx, path(CLOSING, closing.size()));
    closing.add(p.text());
  }

  private Body build() {
    Body.Builder b = Body.builder();
    if (opening != null) {
      b.opening(opening);
    }
    b.addAllContext(context);
    for (int i = 0; i < measures.size(); i++) {
      b.addMeasure(measures.get(i).toMeasure());
      measures.set(i, null); // an item is not held beside its measure
    }
    if (section == Section.COMMITMENTS && (!intro.isEmpty() || !items.isEmpty())) {
      Commitments.Builder c = Commitments.builder().intro(intro);
      for (BodyItem item : items) {
        c.addItem(item.toCommitment());
      }
      b.commitments(c.build());
    }
    b.addAllClosing(closing);
    return b.build();
  }

  // ---- context and measures --------------------------------------------------------------

  /**
   * A paragraph of the context, a measure or the commitments.
   *
   * @param flattened whether {@code p} is a measure split off the paragraph of a capture that
   *     flattened the letter's lines into one ({@link Numbering#measureAfterSentence})
   * @param ranOn whether {@code p} is the text the opening ran on into on its line, or a measure
   *     split off it: the next measure may follow a full stop with no blank between them, unless
   *     its own line follows ({@link #measuresBelow})
   */
  private void paragraph(Para p, boolean flattened, boolean ranOn) {
    Number n = Numbering.at(ctx, p, 0); // the number p starts with, asked once
    if (section == Section.COMMITMENTS) {
      inCommitments(p, n);
      return;
    }
    boolean measure = n != null && n.numbering() == Numbering.MEASURE;
    Number next = measure ? Numbering.measureAfterSentence(ctx, p, n.end(), n.value() + 1,
        ranOn && !measuresBelow.contains(n.value() + 1)) : null;
    if (next != null) { // the next measure run on after this one's last sentence: split before it
      finding(BodyRules.MEASURE_RUN_IN, null, p, next.start(), next.end(), null);
      paragraph(p.strip(0, next.start()), true, ranOn);
      paragraph(p.strip(next.start(), p.length()), true, ranOn);
      return;
    }
    if (measure) {
      startMeasure(p, n, flattened);
      return;
    }
    if (startsCommitments(p)) {
      section = Section.COMMITMENTS;
      inCommitments(p, n);
      return;
    }
    if (section == Section.MEASURES) {
      inItem(currentMeasure(), p, n, false);
      return;
    }
    String path = path(CONTEXT, context.size());
    if (n != null) {
      finding(BodyRules.ITEMS_OUTSIDE_MEASURE, path, p, 0, Math.min(p.length(), 3), null);
    }
    p.target(ctx, path);
    context.add(p.text());
  }

  private BodyItem currentMeasure() {
    return measures.get(measures.size() - 1);
  }

  /**
   * Whether {@code p} starts the commitments: with 下一步 / 今后 … anywhere outside a measure
   * about the future; with 2024年，…将 after the context or a measure; with 我们将 … after a
   * measure.
   */
  private boolean startsCommitments(Para p) {
    if (section == Section.MEASURES && currentMeasure().heading != null
        && Formulas.isFutureHeading(currentMeasure().heading)) {
      return false; // 三、下一步工作打算 keeps its own paragraphs
    }
    if (Formulas.startsWithCommitmentsWord(ctx, p)) {
      return true;
    }
    boolean after = section == Section.MEASURES || !context.isEmpty();
    if (after && Formulas.startsWithYearPlan(ctx, p)) {
      return true;
    }
    return section == Section.MEASURES && Formulas.startsWithUndertaking(ctx, p);
  }

  /** A measure from {@code p}, which starts with its number {@code n} (一、). */
  private void startMeasure(Para p, Number n, boolean flattened) {
    String path = path(MEASURES, measures.size());
    int expected = measures.isEmpty() ? 1 : currentMeasure().ordinal + 1;
    if (n.value() != expected) {
      finding(BodyRules.MEASURE_NUMBERING, path, p, 0, n.end(),
          ChineseNumerals.format(Math.min(expected, 999)) + "、");
    }
    ctx.markup(p, 0, n.end());
    BodyItem measure = new BodyItem(n.value(), null, path);
    measures.add(measure);
    section = Section.MEASURES;
    headed(measure, p, n.end(), true, flattened);
  }

  /**
   * Sets the heading of {@code item} from {@code p} after its number (which ends at {@code from})
   * and hands the rest on as the item's first paragraph.
   *
   * @param points whether the rest may hold points of the item
   * @param flattened whether the item was split off a flattened line ({@link
   *     Paragraphs#headingEnd})
   */
  private void headed(BodyItem item, Para p, int from, boolean points, boolean flattened) {
    int s = p.skipBlanks(from, p.length());
    int e = p.trimEnd(s, p.length());
    if (s == e) {
      ctx.target(p.lineAt(0), item.path);
      return;
    }
    int h = flattened ? Paragraphs.headingEnd(p, s, e) : Paragraphs.firstSentenceEnd(p, s, e);
    Para heading = p.sub(s, h);
    item.heading = heading.text();
    heading.target(ctx, item.path);
    Para after = p.strip(h, e);
    if (!after.isEmpty()) {
      inItem(item, after, points ? Numbering.at(ctx, after, 0) : null, !points);
    }
  }

  /**
   * A paragraph inside a measure or a heading-style commitment item: a new point, or text of the
   * item or of its last point.
   *
   * @param number the number {@code p} starts with ({@link Numbering#at}), or null
   * @param plainOnly true when the paragraph is the rest of a point's own line (no sub-points)
   */
  private void inItem(BodyItem item, Para p, Number number, boolean plainOnly) {
    if (!plainOnly) {
      // the number as a point's: 一是, （一）, 1. or （1）; not 一、
      Number n = number == null || number.numbering() == Numbering.MEASURE ? null : number;
      if (n != null && n.numbering().style() != item.style
          && (item.pointStyle == null || item.pointStyle == n.numbering().style())) {
        item.pointStyle = n.numbering().style();
        if (n.numbering() == Numbering.RUN_IN) {
          runIns(item.points(), item.path + ".points", p, n);
        } else {
          startPoint(item, p, n);
        }
        return;
      }
      if (item.pointStyle == null || item.pointStyle == PointStyle.RUN_IN) {
        int expected = item.hasPoints() ? item.lastPoint().ordinal + 1 : 1;
        Number runIn = Numbering.runInAfterBoundary(ctx, p, 1, expected);
        if (runIn != null) {
          Para before = p.strip(0, runIn.start());
          if (!before.isEmpty()) {
            plain(item, before);
          }
          item.pointStyle = PointStyle.RUN_IN;
          runIns(item.points(), item.path + ".points", p, runIn);
          return;
        }
      }
    }
    plain(item, p);
  }

  /** A paragraph of the item's own text, or of its last point's. */
  private void plain(BodyItem item, Para p) {
    BodyItem to = item.hasPoints() ? item.lastPoint() : item;
    p.target(ctx, to.path);
    to.addParagraph(p.text());
  }

  /** Points from {@code p}, which starts with its number {@code n} (（一）, 1., （1）): 1.…;2.… two. */
  private void startPoint(BodyItem item, Para p, Number n) {
    String path = item.nextPointPath();
    checkOrdinal(item.points(), n.value(), path, p, 0, n.end());
    ctx.markup(p, 0, n.end());
    BodyItem point = new BodyItem(n.value(), n.numbering().style(), path);
    item.points().add(point);
    Number next = Numbering.nextAfterClause(ctx, p, n.end(), n);
    headed(point, next == null ? p : p.sub(0, p.trimEnd(0, next.start())), n.end(), false, false);
    if (next != null) {
      Para rest = p.sub(next.start(), p.length());
      startPoint(item, rest, Numbering.at(ctx, rest, 0));
    }
  }

  /**
   * Run-in points from {@code p} into {@code into}, the list at {@code list}: the first numbered
   * {@code first}, then one for each following number at a clause boundary. Each point's heading
   * is its first sentence, the rest of its text its paragraph.
   */
  private void runIns(List<BodyItem> into, String list, Para p, Number first) {
    Number n = first;
    while (true) {
      Number next = Numbering.runInAfterBoundary(ctx, p, n.end(), n.value() + 1);
      int end = next == null ? p.length() : next.start();
      String path = path(list, into.size());
      if (n == first) {
        checkOrdinal(into, n.value(), path, p, n.start(), n.end());
      }
      BodyItem point = new BodyItem(n.value(), PointStyle.RUN_IN, path);
      into.add(point);
      ctx.markup(p, n.start(), n.end());
      int s = p.skipBlanks(n.end(), end);
      int e = p.trimEnd(s, end);
      if (s == e) {
        ctx.target(p.lineAt(n.start()), point.path);
      } else {
        int h = Paragraphs.firstSentenceEnd(p, s, e);
        Para heading = p.sub(s, h);
        point.heading = heading.text();
        heading.target(ctx, point.path);
        Para after = p.strip(h, e);
        if (!after.isEmpty()) {
          after.target(ctx, point.path);
          point.addParagraph(after.text());
        }
      }
      if (next == null) {
        return;
      }
      n = next;
    }
  }

  private void checkOrdinal(List<BodyItem> siblings, int ordinal, String path, Para p, int start,
      int end) {
    int expected = siblings.isEmpty() ? 1 : siblings.get(siblings.size() - 1).ordinal + 1;
    if (ordinal != expected) {
      finding(BodyRules.POINT_NUMBERING, path, p, start, end, null);
    }
  }

  // ---- commitments -----------------------------------------------------------------------

  /** A paragraph {@code p} of the commitments, which starts with the number {@code n} or null. */
  private void inCommitments(Para p, Number n) { // items may be numbered 一、 too
    if (items.isEmpty()) {
      if (n != null) {
        itemStyle = n.numbering().style();
        startItem(p, n);
        return;
      }
      Number runIn = Numbering.runInAfterBoundary(ctx, p, 1, 1);
      if (runIn != null) {
        Para before = p.strip(0, runIn.start());
        if (!before.isEmpty()) {
          addIntro(before);
        }
        itemStyle = PointStyle.RUN_IN;
        startItem(p, runIn);
        return;
      }
      addIntro(p);
      return;
    }
    BodyItem item = items.get(items.size() - 1);
    if (n != null && n.numbering().style() == itemStyle) {
      flushPending(item);
      startItem(p, n);
      return;
    }
    if (itemStyle != PointStyle.RUN_IN) {
      inItem(item, p, n, false);
      return;
    }
    Number runIn = Numbering.runInAfterBoundary(ctx, p, 1, item.ordinal + 1);
    if (runIn != null) {
      flushPending(item);
      Para before = p.strip(0, runIn.start());
      if (!before.isEmpty()) {
        before.target(ctx, item.path);
        item.addParagraph(before.text());
      }
      startItem(p, runIn);
      return;
    }
    pending.add(p);
  }

  private void addIntro(Para p) {
    p.target(ctx, path(INTRO, intro.size()));
    intro.add(p.text());
  }

  /** The plain paragraphs after a run-in item belong to it when another item follows. */
  private void flushPending(BodyItem item) {
    for (Para q : pending) {
      q.target(ctx, item.path);
      item.addParagraph(q.text());
    }
    pending.clear();
  }

  /** A commitment item (or, run in, several) from {@code p}, numbered {@code n}. */
  private void startItem(Para p, Number n) {
    if (n.numbering() == Numbering.RUN_IN) {
      runIns(items, ITEMS, p, n); // this paragraph holds the item and possibly the next ones
      return;
    }
    String path = path(ITEMS, items.size());
    checkOrdinal(items, n.value(), path, p, n.start(), n.end());
    ctx.markup(p, n.start(), n.end());
    BodyItem item = new BodyItem(n.value(), n.numbering().style(), path);
    items.add(item);
    headed(item, p, n.end(), true, false);
  }

  private void finding(BodyRules rule, String path, Para p, int start, int end, String fix) {
    rule.report(ctx, path, p, start, end, fix);
  }
}
