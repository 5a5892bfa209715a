package dev.govreply.text;

import dev.govreply.findings.Finding;
import dev.govreply.findings.SourceSpan;
import dev.govreply.model.Body;
import dev.govreply.model.ChineseNumerals;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
import dev.govreply.model.Limits;
import dev.govreply.model.Measure;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import dev.govreply.text.Paragraphs.Para;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the body (正文) from its lines: opening, context, measures with points, commitments,
 * closing. Records every placement in the context under paths {@code body.…}.
 *
 * <p>The layout rules of the genre, applied to the paragraphs that {@link Paragraphs} assembles:
 *
 * <ol>
 *   <li><b>Opening</b>: the first paragraph (您提出的《…》收悉…现答复如下), with a lone greeting
 *       (您好！) before it joined to it; when more text follows 如下： on the same line, it is split
 *       there.
 *   <li><b>Closing</b>: the trailing run of paragraphs that begin with a courtesy formula (感谢…,
 *       特此答复, 此致, 敬礼, 以上答复…, 如有意见…) or ask whether the proposer is satisfied.
 *   <li><b>Measures</b>: a paragraph beginning 一、 starts a measure; its heading is the first
 *       sentence (up to 。；！？ and a closing quote), the rest its paragraphs. Later paragraphs
 *       belong to it until the next measure, the commitments or the closing.
 *   <li><b>Points</b> inside a measure: the first marker seen (一是, （一）, 1., （1）) sets the
 *       level; run-in points 一是 are split out of a paragraph wherever the next ordinal follows a
 *       sentence or clause boundary (。；：，), so {@code 一、…。一是…。二是…} gives two points. Markers
 *       of other levels stay in the text of the current point.
 *   <li><b>Commitments</b>: a paragraph beginning 下一步 / 下步 / 今后 / 后段 / 下阶段, or, after the
 *       measures, 2024年，…将 / 我们将 / 我局将, starts the section; paragraphs before the first item
 *       are the introduction; items are marked 一是 (also run in), （一）, 1. or 一、. Plain
 *       paragraphs after the last run-in item are the body's closing (a run-in item is its
 *       paragraph); after a heading-style item they belong to it.
 *   <li>Paragraphs before the first measure are context; numbered items there stay text.
 * </ol>
 *
 * <p>Stateless; each call uses its own state. Never throws: on an internal error the body falls
 * back to one context paragraph per line.
 */
final class BodyReader {
  /**
   * Words of the opening formula (收悉…现答复如下); the opening has one of them (in its normalised
   * text, as {@link BodyScan#openingFormula} tests).
   */
  static final Pattern OPENING_FORMULA = Pattern.compile(
      "收悉|收到|如下|答复|回复|函复|办理|来函|来信|提出的|所提");
  /** 如下 and the punctuation after it: where the opening ends when text follows on its line. */
  static final Pattern ANSWER_FOLLOWS = Pattern.compile("如下[:：。，,]?");
  private static final String RUN_IN_BOUNDARY = "。；;：:，,！!？?）)”\u0020\u3000";
  /** Headings of a measure about the future ({@code 下一步|下步|今后|打算|计划|后段|下阶段}). */
  private static final String[] MEASURE_LIKE_HEADING = {"下一步", "下步", "今后", "打算", "计划",
      "后段", "下阶段"};

  private enum Section { CONTEXT, MEASURES, COMMITMENTS }

  /**
   * The paths {@code prefix + i + "]"} of a list in the body, and the paths of the points of its
   * elements. The shared ones (the body's lists, and the points of their first {@value #KEPT}
   * elements) keep the first {@value #KEPT} of each, made once and shared by all reads (a path is
   * compared and recorded, never changed); the others keep nothing and make each path when asked,
   * so that a body of a million measures does not hold two arrays per measure.
   */
  private static final class Paths {
    private static final int KEPT = 32;
    private final String prefix;
    /** The paths made, or null when this list keeps none. */
    private final String[] made;
    /** The points' paths made, or null when this list keeps none. */
    private final Paths[] points;

    /** Paths that keep the first {@value #KEPT}: for the shared lists only. */
    Paths(String prefix) {
      this(prefix, true);
    }

    private Paths(String prefix, boolean keep) {
      this.prefix = prefix;
      this.made = keep ? new String[KEPT] : null;
      this.points = keep ? new Paths[KEPT] : null;
    }

    /** Paths that keep nothing: for the lists of one read. */
    static Paths unkept(String prefix) {
      return new Paths(prefix, false);
    }

    /** {@code prefix + i + "]"}. */
    String at(int i) {
      if (made == null || i >= KEPT) {
        return prefix + i + "]";
      }
      String p = made[i]; // a data race at worst makes a path twice: strings are immutable
      if (p == null) {
        p = prefix + i + "]";
        made[i] = p;
      }
      return p;
    }

    /**
     * The kept paths of the points of element {@code i} ({@code at(i) + ".points[" + k + "]"}),
     * or null when this list does not keep them: the element then makes its own when it has
     * points ({@link Item#pointPaths()}).
     */
    Paths keptPoints(int i) {
      if (points == null || i >= KEPT) {
        return null;
      }
      Paths p = points[i]; // as above: its fields are final, so a racy read sees them made
      if (p == null) {
        p = new Paths(at(i) + ".points[");
        points[i] = p;
      }
      return p;
    }
  }

  private static final Paths CONTEXT = new Paths("body.context[");
  private static final Paths MEASURES = new Paths("body.measures[");
  private static final Paths INTRO = new Paths("body.commitments.intro[");
  private static final Paths ITEMS = new Paths("body.commitments.items[");
  private static final Paths CLOSING = new Paths("body.closing[");

  /** A measure, point or commitment item being built. */
  private static final class Item {
    final int ordinal;
    final PointStyle style;
    final String path;
    String heading;
    /** The paragraphs; an empty list until the first ({@link #addParagraph}). */
    List<String> paragraphs = List.of();
    /** The points; an empty list until the first ({@link #mutablePoints}). */
    List<Item> points = List.of();
    PointStyle pointStyle;
    /**
     * The paths of the points: {@code path + ".points[" + k + "]"}; the kept ones of a list, or
     * made on first use.
     */
    private Paths pointPaths;

    Item(int ordinal, PointStyle style, String path, Paths pointPaths) {
      this.ordinal = ordinal;
      this.style = style;
      this.path = path;
      this.pointPaths = pointPaths;
    }

    void addParagraph(String paragraph) {
      if (!(paragraphs instanceof ArrayList)) {
        paragraphs = new ArrayList<>(2); // most items have none: no list until the first
      }
      paragraphs.add(paragraph);
    }

    /** The points, as a list to add to. */
    List<Item> mutablePoints() {
      if (!(points instanceof ArrayList)) {
        points = new ArrayList<>(4);
      }
      return points;
    }

    Paths pointPaths() {
      Paths p = pointPaths;
      if (p == null) {
        p = Paths.unkept(path + ".points[");
        pointPaths = p;
      }
      return p;
    }

    Point toPoint() {
      Point.Builder b = Point.builder().ordinal(ordinal).style(style).paragraphs(paragraphs);
      if (heading != null) {
        b.heading(heading);
      }
      return b.build();
    }

    Measure toMeasure() {
      Measure.Builder b = Measure.builder().ordinal(ordinal).paragraphs(paragraphs);
      if (heading != null) {
        b.heading(heading);
      }
      for (int i = 0; i < points.size(); i++) {
        b.addPoint(points.get(i).toPoint());
      }
      return b.build();
    }

    Commitment toCommitment() {
      Commitment.Builder b = Commitment.builder().ordinal(ordinal).style(style)
          .paragraphs(paragraphs);
      if (heading != null) {
        b.heading(heading);
      }
      for (int i = 0; i < points.size(); i++) {
        b.addPoint(points.get(i).toPoint());
      }
      return b.build();
    }
  }

  /** A marker at the start of a paragraph. */
  private record Marker(PointStyle style, int ordinal, int end, boolean enumerated) {}

  private final ReadContext ctx;
  private Section section = Section.CONTEXT;
  private String opening;
  private final List<String> context = new ArrayList<>();
  private final List<Item> measures = new ArrayList<>();
  private boolean inCommitments;
  private final List<String> intro = new ArrayList<>();
  private final List<Item> items = new ArrayList<>();
  private PointStyle itemStyle;
  private final List<Para> pending = new ArrayList<>();
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
          ctx.target(l.number(), "body.context[" + i++ + "]");
        }
      }
      return b.build();
    }
  }

  private Body parse(List<Line> lines) {
    // the paragraphs are no longer held when the body is built
    return place(lines) ? build() : Body.builder().build();
  }

  /** Places the paragraphs of {@code lines}; false when there are none. */
  private boolean place(List<Line> lines) {
    List<Para> rest = afterOpening(Paragraphs.assemble(lines, ctx));
    if (rest == null) {
      return false;
    }
    int k = rest.size();
    while (k > 0 && isClosing(rest.get(k - 1))) {
      k--;
    }
    if (k == rest.size() && !lines.isEmpty()) {
      Para last = rest.isEmpty() ? null : rest.get(rest.size() - 1);
      if (last != null) {
        finding(BodyRules.NO_CLOSING, null, last, 0, last.length(), null);
      }
    }
    for (int i = 0; i < k; i++) {
      paragraph(rest.get(i));
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
    return true;
  }

  /**
   * Reads the opening from the paragraphs {@code ps}; returns the paragraphs after it, or null
   * when there are none at all.
   */
  private List<Para> afterOpening(List<Para> ps) {
    if (ps.isEmpty()) {
      return null;
    }
    List<Para> rest = new ArrayList<>(ps.size() + 1); // at most one paragraph split off
    readOpening(ps, rest);
    return rest;
  }

  private void addClosing(Para p) {
    p.target(ctx, CLOSING.at(closing.size()));
    closing.add(p.text());
  }

  private Body build() {
    Body.Builder b = Body.builder();
    if (opening != null) {
      b.opening(opening);
    }
    if (!context.isEmpty()) { // a new builder's lists are empty
      b.addAllContext(context);
    }
    for (int i = 0; i < measures.size(); i++) {
      b.addMeasure(measures.get(i).toMeasure());
      measures.set(i, null); // an item is not held beside its measure
    }
    if (inCommitments && (!intro.isEmpty() || !items.isEmpty())) {
      Commitments.Builder c = Commitments.builder().intro(intro);
      for (int i = 0; i < items.size(); i++) {
        c.addItem(items.get(i).toCommitment());
      }
      b.commitments(c.build());
    }
    if (!closing.isEmpty()) {
      b.addAllClosing(closing);
    }
    return b.build();
  }

  // ---- opening ---------------------------------------------------------------------------

  private void readOpening(List<Para> ps, List<Para> rest) {
    Para first = ps.get(0);
    if (Paragraphs.headingMarker(first) > 0 || BodyScan.runInEnd(first, 0) > 0
        || ps.size() == 1 && isClosing(first)) {
      finding(BodyRules.NO_OPENING, "body.opening", first, 0, first.length(), null);
      rest.addAll(ps);
      return;
    }
    int next = 1;
    Para op = first;
    if (BodyScan.greeting(first) && ps.size() > 1
        && !Paragraphs.startsStructure(ps.get(1))
        && first.length() + ps.get(1).length() <= Limits.MAX_STRING_LENGTH) {
      op = first.concat(ps.get(1));
      next = 2;
    }
    int answerEnd = answerFollowsEnd(op);
    if (answerEnd >= 0 && answerEnd < op.length()) {
      Para after = op.strip(answerEnd, op.length());
      if (!after.isEmpty()) {
        op = op.strip(0, answerEnd);
        finding(BodyRules.OPENING_RUN_IN, "body.opening", after, 0, 0, null);
        rest.add(after);
      }
    }
    if (!BodyScan.openingFormula(op)) {
      finding(BodyRules.NO_OPENING, "body.opening", op, 0, op.length(), null);
    }
    opening = op.text();
    op.target(ctx, "body.opening");
    for (int i = next; i < ps.size(); i++) {
      rest.add(ps.get(i));
    }
  }

  /**
   * The end of the first match of {@link #ANSWER_FOLLOWS} ({@code 如下[:：。，,]?}) in {@code t},
   * or -1.
   */
  static int answerFollowsEnd(CharSequence t) {
    for (int i = 0, n = t.length() - 1; i < n; i++) {
      if (t.charAt(i) == '如' && t.charAt(i + 1) == '下') {
        int e = i + 2;
        return e < t.length() && ":：。，,".indexOf(t.charAt(e)) >= 0 ? e + 1 : e;
      }
    }
    return -1;
  }

  private static boolean isClosing(Para p) {
    Para t = p;
    if (BodyScan.closingStart(t) || BodyScan.letterFormula(t)) {
      return true;
    }
    // normalising does not move the end of the first sentence
    return BodyScan.closingQuery(t, headingEnd(t));
  }

  // ---- paragraphs ------------------------------------------------------------------------

  private void paragraph(Para p) {
    if (inCommitments) {
      inCommitments(p);
      return;
    }
    int measureEnd = BodyScan.measureEnd(p);
    if (measureEnd > 0) {
      startMeasure(p, measureEnd);
      return;
    }
    if (startsCommitments(p)) {
      inCommitments = true;
      section = Section.COMMITMENTS;
      inCommitments(p);
      return;
    }
    if (section == Section.MEASURES) {
      inItem(current(), p, false);
      return;
    }
    String path = CONTEXT.at(context.size());
    if (marker(p, false) != null) {
      finding(BodyRules.ITEMS_OUTSIDE_MEASURE, path, p, 0, Math.min(p.length(), 3), null);
    }
    p.target(ctx, path);
    context.add(p.text());
  }

  private Item current() {
    return measures.get(measures.size() - 1);
  }

  private boolean startsCommitments(Para p) {
    Para t = p; // the checks read it normalised
    if (section == Section.MEASURES && current().heading != null
        && BodyScan.containsAny(current().heading, MEASURE_LIKE_HEADING)) {
      return false; // 三、下一步工作打算 keeps its own paragraphs
    }
    if (BodyScan.commitmentsStrongEnd(t) >= 0) {
      return true;
    }
    boolean after = section == Section.MEASURES || !context.isEmpty();
    if (after && BodyScan.commitmentsYear(t)) {
      return true;
    }
    return section == Section.MEASURES && BodyScan.commitmentsWe(t);
  }

  /** A measure from {@code p}, whose marker 一、 ends at {@code end}. */
  private void startMeasure(Para p, int end) {
    int ord = numeral(p, 0, end - 1);
    String path = MEASURES.at(measures.size());
    int expected = measures.isEmpty() ? 1 : current().ordinal + 1;
    if (ord != expected) {
      finding(BodyRules.MEASURE_NUMBERING, path, p, 0, end,
          ChineseNumerals.format(Math.min(expected, 999)) + "、");
    }
    ctx.markup(p.lineAt(0), mark(p, 0, end));
    Item measure = new Item(Math.max(ord, 1), null, path, MEASURES.keptPoints(measures.size()));
    measures.add(measure);
    section = Section.MEASURES;
    headed(measure, p, end, true);
  }

  /**
   * Sets the heading of {@code item} from {@code p} after the marker ({@code from}) and hands the
   * rest on as the item's first paragraph.
   */
  private void headed(Item item, Para p, int from, boolean splitRunIn) {
    // the rest after the marker, stripped: [s, e) of p
    int s = p.skipBlanks(from, p.length());
    int e = p.trimEnd(s, p.length());
    if (s == e) {
      ctx.target(p.lineAt(0), item.path);
      return;
    }
    int h = headingEnd(p, s, e);
    Para heading = p.sub(s, h);
    item.heading = heading.text();
    heading.target(ctx, item.path);
    Para after = p.strip(h, e);
    if (!after.isEmpty()) {
      inItem(item, after, !splitRunIn);
    }
  }

  /** The end of the first sentence of {@code t}: after 。；！？ and any closing quotes. */
  static int headingEnd(CharSequence t) {
    return headingEnd(t, 0, t.length());
  }

  /**
   * The end of the first sentence of {@code t[from, to)}: after 。；！？ and any closing quotes, or
   * {@code to}.
   */
  static int headingEnd(CharSequence t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (BodyScan.sentenceEnd(t.charAt(i))) {
        int j = i + 1;
        while (j < to && Paragraphs.CLOSERS.indexOf(t.charAt(j)) >= 0) {
          j++;
        }
        return j;
      }
    }
    return to;
  }

  /**
   * A paragraph inside a measure or a heading-style commitment item: a new point, or text of the
   * item or of its last point.
   *
   * @param plainOnly true when the paragraph is the rest of a point's own line (no sub-points)
   */
  private void inItem(Item item, Para p, boolean plainOnly) {
    if (!plainOnly) {
      Marker mk = marker(p, false);
      if (mk != null && mk.style != item.style
          && (item.pointStyle == null || item.pointStyle == mk.style)) {
        item.pointStyle = mk.style;
        if (mk.style == PointStyle.RUN_IN) {
          runIns(item.mutablePoints(), item.pointPaths(), p, mk, 0);
        } else {
          startPoint(item, p, mk);
        }
        return;
      }
      if (item.pointStyle == null || item.pointStyle == PointStyle.RUN_IN) {
        int expected = item.points.isEmpty() ? 1 : last(item.points).ordinal + 1;
        int at = findRunIn(p, 1, expected);
        if (at > 0) {
          Para pre = p.strip(0, at);
          if (!pre.isEmpty()) {
            plain(item, pre);
          }
          item.pointStyle = PointStyle.RUN_IN;
          runIns(item.mutablePoints(), item.pointPaths(), p,
              new Marker(PointStyle.RUN_IN, expected, BodyScan.runInEnd(p, at), false), at);
          return;
        }
      }
    }
    plain(item, p);
  }

  private void plain(Item item, Para p) {
    if (!item.points.isEmpty()) {
      Item point = last(item.points);
      p.target(ctx, point.path);
      point.addParagraph(p.text());
    } else {
      p.target(ctx, item.path);
      item.addParagraph(p.text());
    }
  }

  private void startPoint(Item item, Para p, Marker mk) {
    String path = item.pointPaths().at(item.points.size());
    checkOrdinal(item.points, mk.ordinal, path, p, 0, mk.end);
    ctx.markup(p.lineAt(0), mark(p, 0, mk.end));
    Item point = new Item(mk.ordinal, mk.style, path, null);
    item.mutablePoints().add(point);
    headed(point, p, mk.end, false);
  }

  /**
   * Run-in points from {@code p} into {@code into} (paths {@code paths.at(index)}): the first
   * marker at {@code at} (ending at {@code first.end}), then each following ordinal at a boundary.
   */
  private void runIns(List<Item> into, Paths paths, Para p, Marker first, int at) {
    int start = at;
    int markerEnd = first.end;
    int ordinal = first.ordinal;
    while (true) {
      int next = findRunIn(p, markerEnd, ordinal + 1);
      int end = next < 0 ? p.length() : next;
      String path = paths.at(into.size());
      if (start == at) {
        checkOrdinal(into, first.ordinal, path, p, at, first.end);
      }
      Item point = new Item(ordinal, PointStyle.RUN_IN, path,
          paths == ITEMS ? ITEMS.keptPoints(into.size()) : null);
      into.add(point);
      ctx.markup(p.lineAt(start), mark(p, start, markerEnd));
      // the point's text, stripped: [s, e) of p
      int s = p.skipBlanks(markerEnd, end);
      int e = p.trimEnd(s, end);
      if (s == e) {
        ctx.target(p.lineAt(start), point.path);
      } else {
        int h = headingEnd(p, s, e);
        Para heading = p.sub(s, h);
        point.heading = heading.text();
        heading.target(ctx, point.path);
        Para after = p.strip(h, e);
        if (!after.isEmpty()) {
          after.target(ctx, point.path);
          point.addParagraph(after.text());
        }
      }
      if (next < 0) {
        return;
      }
      start = next;
      markerEnd = BodyScan.runInEnd(p, next);
      ordinal++;
    }
  }

  /**
   * The index of the run-in marker for {@code ordinal} at a boundary at or after {@code from}, or
   * -1.
   */
  private static int findRunIn(Para t, int from, int ordinal) {
    int i = Math.max(from, 1);
    while (i < t.length() - 1) {
      int k = t.indexOfFast('是', i + 1);
      if (k < 0) {
        return -1;
      }
      // the numeral before 是
      int s = k;
      while (s > 0 && s > k - 3 && "一二三四五六七八九十".indexOf(t.charAt(s - 1)) >= 0) {
        s--;
      }
      // t[s, k) is a run of 1 to 3 numerals and t[k] is 是: the marker ([一…十]{1,3})是 at s
      if (s < k && s >= from && s > 0 && RUN_IN_BOUNDARY.indexOf(t.charAt(s - 1)) >= 0
          && numeral(t, s, k) == ordinal) {
        return s;
      }
      i = k;
    }
    return -1;
  }

  private void checkOrdinal(List<Item> siblings, int ordinal, String path, Para p, int start,
      int end) {
    int expected = siblings.isEmpty() ? 1 : last(siblings).ordinal + 1;
    if (ordinal != expected) {
      finding(BodyRules.POINT_NUMBERING, path, p, start, end, null);
    }
  }

  // ---- commitments -----------------------------------------------------------------------

  private void inCommitments(Para p) {
    Marker mk = marker(p, true);
    if (items.isEmpty()) {
      if (mk != null) {
        itemStyle = mk.style;
        startItem(p, mk, 0);
        return;
      }
      int at = findRunIn(p, 1, 1);
      if (at > 0) {
        Para pre = p.strip(0, at);
        if (!pre.isEmpty()) {
          addIntro(pre);
        }
        itemStyle = PointStyle.RUN_IN;
        startItem(p, new Marker(PointStyle.RUN_IN, 1, BodyScan.runInEnd(p, at), false), at);
        return;
      }
      addIntro(p);
      return;
    }
    Item item = last(items);
    if (mk != null && mk.style == itemStyle) {
      flushPending(item);
      startItem(p, mk, 0);
      return;
    }
    if (itemStyle != PointStyle.RUN_IN) {
      inItem(item, p, false);
      return;
    }
    int at = findRunIn(p, 1, item.ordinal + 1);
    if (at > 0) {
      flushPending(item);
      Para pre = p.strip(0, at);
      if (!pre.isEmpty()) {
        pre.target(ctx, item.path);
        item.addParagraph(pre.text());
      }
      startItem(p, new Marker(PointStyle.RUN_IN, item.ordinal + 1,
          BodyScan.runInEnd(p, at), false), at);
      return;
    }
    pending.add(p);
  }

  private void addIntro(Para p) {
    p.target(ctx, INTRO.at(intro.size()));
    intro.add(p.text());
  }

  private void flushPending(Item item) {
    for (Para q : pending) {
      q.target(ctx, item.path);
      item.addParagraph(q.text());
    }
    pending.clear();
  }

  private void startItem(Para p, Marker mk, int at) {
    String path = ITEMS.at(items.size());
    if (mk.style == PointStyle.RUN_IN) {
      // run-in items: this paragraph holds the item and possibly the next ones
      runIns(items, ITEMS, p, mk, at);
      return;
    }
    checkOrdinal(items, mk.ordinal, path, p, at, mk.end);
    ctx.markup(p.lineAt(at), mark(p, at, mk.end));
    Item item = new Item(Math.max(mk.ordinal, 1), mk.style, path, ITEMS.keptPoints(items.size()));
    items.add(item);
    headed(item, p, mk.end, true);
  }

  // ---- markers ---------------------------------------------------------------------------

  /**
   * The marker at the start of {@code t}: 一是, （一）, 1., （1）; with {@code enumerated}, also 一、
   * (as in commitments sections).
   */
  private static Marker marker(CharSequence t, boolean enumerated) {
    int e = BodyScan.runInEnd(t, 0);
    if (e > 0) { // 一是: the numeral is [0, e - 1)
      return new Marker(PointStyle.RUN_IN, numeral(t, 0, e - 1), e, false);
    }
    e = BodyScan.parenthesizedEnd(t);
    if (e > 0) { // （一）: [1, e - 1)
      return new Marker(PointStyle.PARENTHESIZED, numeral(t, 1, e - 1), e, false);
    }
    e = BodyScan.parenthesizedArabicEnd(t);
    if (e > 0) {
      return new Marker(PointStyle.PARENTHESIZED_ARABIC, numeral(t, 1, e - 1), e,
          false);
    }
    e = BodyScan.arabicEnd(t);
    if (e > 0) { // 1.: [0, e - 1)
      return new Marker(PointStyle.ARABIC, numeral(t, 0, e - 1), e, false);
    }
    if (enumerated) {
      e = BodyScan.measureEnd(t);
      if (e > 0) {
        return new Marker(PointStyle.ENUMERATED, numeral(t, 0, e - 1), e, true);
      }
    }
    return null;
  }

  /** The characters that stand for a numeral on their own, each read once by {@link #numeral}. */
  private static final String SINGLE_NUMERALS = "一二三四五六七八九十0123456789０１２３４５６７８９";
  private static final int[] SINGLE_VALUES = new int[SINGLE_NUMERALS.length()];

  static {
    for (int i = 0; i < SINGLE_VALUES.length; i++) {
      SINGLE_VALUES[i] = numeral(String.valueOf(SINGLE_NUMERALS.charAt(i)));
    }
  }

  /** {@code numeral(t.subSequence(from, to).toString())}, a single numeral looked up. */
  static int numeral(CharSequence t, int from, int to) {
    if (to - from == 1) {
      int k = SINGLE_NUMERALS.indexOf(t.charAt(from));
      if (k >= 0) {
        return SINGLE_VALUES[k];
      }
    }
    return numeral(t.subSequence(from, to).toString());
  }

  static int numeral(String s) {
    try {
      return Math.max(1, ChineseNumerals.parse(s));
    } catch (RuntimeException e) {
      return 1;
    }
  }

  /** Texts of short markers (一、 （二） 三是), kept for the next read that has them. */
  private static final String[] MARKS = new String[256];

  /**
   * {@code t.subSequence(from, to).toString()}: for a marker of at most 4 characters, the equal
   * text kept from an earlier read when there is one (the markup of a line is only compared).
   */
  static String mark(CharSequence t, int from, int to) {
    int n = to - from;
    if (n <= 0 || n > 4) {
      return t.subSequence(from, to).toString();
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + t.charAt(i);
    }
    int slot = (h ^ (h >>> 8)) & (MARKS.length - 1);
    String kept = MARKS[slot]; // a data race at worst loses a kept text: strings are immutable
    if (kept != null && kept.length() == n) {
      int i = 0;
      while (i < n && kept.charAt(i) == t.charAt(from + i)) {
        i++;
      }
      if (i == n) {
        return kept;
      }
    }
    String made = t.subSequence(from, to).toString();
    MARKS[slot] = made;
    return made;
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  // ---- findings --------------------------------------------------------------------------

  private void finding(BodyRules rule, String path, Para p, int start, int end, String fix) {
    if (p.length() == 0) {
      return;
    }
    int s = Math.min(Math.max(start, 0), p.length() - 1);
    int e = Math.min(Math.max(end - 1, s), p.length() - 1);
    int l1 = p.line(s);
    int l2 = p.line(e);
    SourceSpan span = l1 == l2
        ? SourceSpan.ofLine(l1, p.col(s), Math.max(p.col(e) + 1, p.col(s)))
        : new SourceSpan(l1, p.col(s), l2, p.col(e) + 1);
    Finding f = Finding.of(rule.id(), rule.severity(), rule.message(),
        path == null ? "body" : path, span);
    ctx.finding(fix == null ? f : f.withFix(fix));
  }
}
