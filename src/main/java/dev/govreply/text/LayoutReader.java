package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.BlockKind;
import dev.govreply.model.Body;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Reply;
import dev.govreply.model.UnrecognizedBlock;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the layout of a decoded text: page metadata, header (issuer, number, class,
 * disclosure, signer), title, addressee, the body (handed to {@link BodyReader}), signature, date,
 * contacts, copy-to and notes. Stateless and thread-safe.
 *
 * <p>The reader works in three zones. The header runs from the top to the salutation (or to the
 * first line that reads like body text); each line there is page metadata, a title (possibly a
 * web copy above the official one), a line of marks ({@link LineMarks}) or unknown text. The
 * document begins at its first title, line of marks, salutation or sentence ({@link
 * #looksLikeBody}): the lines above that are the web page's (its address, navigation path, title,
 * source and date line) and are kept as page metadata, so that they shift nothing below. The end
 * is found from the bottom up: every line that can belong to it ({@link TailLine#isTailLine(TailLine)})
 * is part of it. When that scan stops on a line it does not know before reaching a date, the end
 * is found by its anchors instead — the last date line, else a line repeating the issuer — and
 * the unknown lines around them become unrecognized text ({@link EndAnchors}). What lies
 * between is the body. The motion is read from the official title and
 * the body's opening sentence ({@link MotionCitation}). Every non-blank line is accounted for in
 * the {@link ReadContext}: a model path, consumed markup, or an unrecognized block.
 */
final class LayoutReader {
  private final ReadContext ctx;
  private final List<Line> all;
  private final Draft d;
  /** Where what the recognisers found is written to the reply. */
  private final ReplyFields fields;
  /** What the end readers learnt of each line, by index in {@link #all}; null when not asked. */
  private final TailLine[] tailLines;

  private LayoutReader(ReadContext ctx) {
    this.ctx = ctx;
    this.all = ctx.allLines();
    this.d = new Draft(ctx);
    this.fields = new ReplyFields(ctx, d);
    this.tailLines = new TailLine[all.size()];
  }

  /** The facts of line {@code j} of {@link #all}, kept for the read. */
  private TailLine tailLine(int j) {
    TailLine f = tailLines[j];
    if (f == null) {
      f = new TailLine(all.get(j));
      tailLines[j] = f;
    }
    return f;
  }

  /**
   * Reads {@code text} (already decoded). Never throws for text within the limits; a line over
   * them is refused with a {@link TextReadException} naming it.
   */
  static ReadResult read(String text, Charset charset) {
    return read(text, charset, null);
  }

  /**
   * Reads {@code text}, decoded from bytes with {@code charset}; {@code guess} says why, when the
   * charset was a guess (a finding reports it), else null. Never throws for text within the
   * limits; a line over them is refused with a {@link TextReadException} naming it.
   */
  static ReadResult read(String text, Charset charset, String guess) {
    List<String> lines = TextLines.split(text);
    ReadContext ctx = new ReadContext(lines);
    try {
      Reply reply = new LayoutReader(ctx).run();
      charsetGuessed(ctx, charset, guess);
      return new ReadResult(reply, ctx.report(charset));
    } catch (RuntimeException | StackOverflowError e) {
      return fallback(lines, charset, guess, e);
    }
  }

  /** Reports that the charset was a guess, at the start of the text. */
  private static void charsetGuessed(ReadContext ctx, Charset charset, String guess) {
    if (guess != null) {
      List<String> lines = ctx.lines();
      TextRules.report(ctx, TextRules.CHARSET_GUESSED, "charset guessed: decoded as "
          + charset.name() + " (" + guess + ")", null,
          new Line(1, 1, lines.isEmpty() ? "" : lines.get(0)), 0, 0, charset.name());
    }
  }

  /**
   * Reads {@code text} (already decoded) that is expected to hold only the body of a reply. When
   * the layout reader would find nothing but a body in it — its first line is body text (not page
   * metadata, a salutation, a title or a line of marks), its last line cannot belong to the end
   * of a reply and no line is a date line — the layout recognition is skipped and the body is
   * read from all its lines; otherwise the text is read as a whole document, as {@link #read}
   * does, so that nothing in it is lost. Never throws for text within the limits; a line over
   * them is refused with a {@link TextReadException} naming it.
   */
  static ReadResult readBody(String text, Charset charset) {
    List<String> lines = TextLines.split(text);
    ReadContext ctx = new ReadContext(lines);
    try {
      LayoutReader r = new LayoutReader(ctx);
      Reply reply = r.bodyOnly();
      if (reply == null) {
        reply = r.run();
      }
      return new ReadResult(reply, ctx.report(charset));
    } catch (RuntimeException | StackOverflowError e) {
      return fallback(lines, charset, null, e);
    }
  }

  /**
   * The reply of a text that is a body alone, or null (nothing recorded yet) when the layout
   * reader could find more than a body in it. The conditions are those under which {@link #run}
   * takes the body from the first non-blank line to the end and finds nothing else: the header
   * scan stops at once on a line that reads like body text, the bottom-up scan of the end stops
   * at once on the last line, and {@link EndAnchors} have no anchor: no date line, no issuer
   * to look for, and no body's name alone.
   */
  private Reply bodyOnly() {
    int n = all.size();
    int first = 0;
    while (first < n && Chars.isBlank(all.get(first).text())) {
      first++;
    }
    if (first == n) {
      return null;
    }
    Line l = all.get(first);
    if (l.pageMetadata()
        || l.salutation() != null || TitleReader.at(all, first) != null
        || l.marks() != null || !BodyStart.looksLikeBody(l, false)) {
      return null;
    }
    int last = n - 1;
    while (Chars.isBlank(all.get(last).text())) {
      last--;
    }
    if (tailLine(last).tail()) {
      return null;
    }
    for (int j = first; j < n; j++) {
      if (all.get(j).shortDate() || j > first && EndAnchors.nameAlone(all.get(j))) {
        return null; // a date, or a body's name alone, may anchor an end (EndAnchors)
      }
    }
    return Reply.builder().body(body(all.subList(first, n))).build();
  }

  /** Everything as unknown text, with a finding: the reader never fails on text. */
  private static ReadResult fallback(List<String> lines, Charset charset, String guess,
      Throwable e) {
    ReadContext ctx = new ReadContext(lines);
    charsetGuessed(ctx, charset, guess);
    Reply.Builder reply = Reply.builder();
    if (!lines.isEmpty()) {
      reply.addUnrecognized(UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 1,
          lines.stream().map(TextLines::singleLine).toList()));
      for (int i = 1; i <= lines.size(); i++) {
        if (!Chars.isBlank(lines.get(i - 1))) {
          ctx.target(i, "unrecognized[0]");
        }
      }
      TextRules.report(ctx, TextRules.READER_FAILED, "layout reader failed: " + e, null,
          new Line(1, 1, lines.get(0)), 0, 0, null);
    }
    return new ReadResult(reply.build(), ctx.report(charset));
  }

  private Reply run() {
    int n = all.size();
    List<TitleReader.Found> titles = new ArrayList<>(2);
    Salutation.Found sal = null;
    Line salLine = null; // the line of the salutation, or its part from it
    int salIndex = -1;
    int bodyStart = -1;
    // the document's first line (a title, marks, the salutation or body text), -1 before it:
    // the lines above it are the web page's, kept as page metadata
    int first = -1;
    // a document number fused at the head of a title (a portal's heading), read once the header
    // is: the letter's own number line, where it prints one, comes first (NumberedTitle)
    NumberedTitle.Split headingNumber = null;
    int i = 0;
    while (i < n) {
      Line l = all.get(i);
      if (Chars.isBlank(l.text())) {
        i++;
        continue;
      }
      int replyCell = MetadataLabel.replyAfterLabel(l); // a record's cell of the reply: 答复内容:
      if (replyCell > 0 && !Chars.isBlank(l.text().substring(replyCell))) {
        ctx.markup(l.number(), l.text().substring(0, replyCell));
        Line cell = l.from(replyCell);
        Line reply = ReplyStart.afterOwnNumber(cell, d);
        ctx.narrow(i, reply); // the reply starts after the label: read the line again
        if (reply != cell && ReplyStart.answers(reply)) { // after its number, its opening (复文如下:)
          first = first < 0 ? i : first;
          bodyStart = i;
          break;
        }
        continue;
      }
      Line listed = first < 0 && titles.isEmpty() ? ListedTitle.of(all, i) : null;
      if (listed != null) { // the page's heading, the last item of its list: the page's title
        ctx.markup(l.number(), l.text().substring(0, l.text().length() - listed.text().length()));
        ctx.narrow(i, listed);
        titles.add(TitleReader.at(all, i)); // the lines below it are still the page's
        i++;
        continue;
      }
      Line listedGreeting = ListedTitle.salutationOf(all, i);
      if (listedGreeting != null) { // a salutation after a list's bullet (the page's labels above)
        ctx.markup(l.number(),
            l.text().substring(0, l.text().length() - listedGreeting.text().length()));
        ctx.narrow(i, listedGreeting);
        continue;
      }
      if (l.pageMetadata() && !(titles.isEmpty() && DatedTitle.headsByline(l))) {
        d.page.collect(l);
        d.unknown(BlockKind.PAGE_METADATA, l.number());
        i++;
        if (LabelAlone.is(l) // a table printed a cell a line: its value is next
            && !LabelAlone.rowOfItsOwn(l, ctx.lines().get(l.number() - 1))) {
          while (i < n && Chars.isBlank(all.get(i).text())) {
            i++;
          }
          if (i < n && LabelAlone.isValueBelow(l, all, i)) {
            int last = LabelAlone.valueEnd(l, all, i); // a number printed in parts, a line each
            d.page.collect(l, all.subList(i, last + 1));
            for (; i <= last; i++) {
              d.unknown(BlockKind.PAGE_METADATA, all.get(i).number());
            }
          }
        }
        continue;
      }
      int number = PageMetadata.unlabelledRecord(all, i); // a record's session and number alone
      if (number > 0) {
        d.page.collectRecord(l, all.get(number));
        d.unknown(BlockKind.PAGE_METADATA, l.number());
        d.unknown(BlockKind.PAGE_METADATA, all.get(number).number());
        i = number + 1;
        continue;
      }
      Salutation.Found s = l.salutation();
      if (s != null && ReplyStart.assemblyAbovePerson(s, all, i)) {
        d.unknown(BlockKind.UNKNOWN_TEXT, l.number()); // 县人大： above 张三代表：: the deputy's
        i++; // assembly, kept as printed; the deputy is the one addressed
        continue;
      }
      if (s != null && ReplyStart.proposerAwayFromOpening(s, all, i)) {
        s = null; // a party's line that addresses no reply here: read on as any other line
      }
      FlatStart.Split flat = s == null ? FlatStart.of(l) : null; // title, salutation, body
      if (s != null || flat != null) {
        if (flat != null && flat.marks() != null) {
          d.applyMarks(flat.head(), flat.marks(), false);
        } else if (flat != null) {
          ctx.narrow(i, flat.head());
          titles.add(TitleReader.at(all, i));
          headingNumber = flat.numbered() != null && headingNumber == null ? flat.numbered()
              : headingNumber;
        }
        first = first < 0 ? i : first;
        sal = flat == null ? s : flat.salutation();
        salLine = flat == null ? l : flat.salutationLine();
        salIndex = i;
        bodyStart = i + 1;
        break;
      }
      TitleReader.Found t = TitleReader.at(all, i);
      Line byline = t == null && titles.isEmpty() ? DatedTitle.narrow(ctx, all, i) : null;
      if (byline != null) { // the title, then the page's date and labels: 关于…的答复 2024-05-31
        d.page.collect(byline);
        t = TitleReader.at(all, i);
      }
      NumberedTitle.Split numbered = t != null ? NumberedTitle.of(t, l)
          : titles.isEmpty() ? NumberedTitle.after(l) : null;
      if (numbered != null) { // 津民政函〔2025〕35号关于…的答复函
        headingNumber = headingNumber == null ? numbered : headingNumber;
        ctx.narrow(i, numbered.title());
        t = TitleReader.at(all, i);
      }
      if (t != null) {
        titles.add(t);
        first = first < 0 ? i : first;
        i = t.last() + 1;
        continue;
      }
      Salutation.Found toBody = Salutation.toBodyWithoutColon(l);
      int opening = toBody == null ? -1 : CoHandlersOpinion.openingBelowAddressee(all, i, titles);
      if (opening > 0) { // a co-handler's opinion to the lead handler, named without colon
        sal = toBody;
        salLine = l;
        salIndex = i;
        bodyStart = opening;
        break;
      }
      Salutation.Found bare = Salutation.bareRole(l);
      Salutation.Found office = bare == null ? Salutation.inOffice(l) : null;
      int next = bare == null && office == null ? -1 : Line.nextText(all, i);
      if (next >= 0 && ReplyStart.addressedOpening(all.get(next)) // 代表: or 张三主任: above 您提出的…
          && (office != null || i == 0 || all.get(i - 1).blank()
              || !Salutation.namesAbove(all.get(i - 1), bare))) {
        first = first < 0 ? i : first;
        sal = bare != null ? bare : office;
        salLine = l;
        salIndex = i;
        bodyStart = next;
        break;
      }
      List<LineMarks.Item> marks = l.marks();
      if (marks != null && (first < 0 && Letterhead.isPagesName(all, marks, i)
          || Letterhead.isUnitsValue(all, marks, i))) {
        d.unknown(BlockKind.PAGE_METADATA, l.number());
        i++;
        continue;
      }
      if (marks != null) {
        d.headerMayBeTheSites |= first < 0 && Letterhead.headsOnlyUnsigned(all, marks, i);
        d.applyMarks(l, marks, false);
        first = first < 0 ? i : first;
        i++;
        continue;
      }
      boolean bodyText = BodyStart.looksLikeBody(l, first >= 0);
      // the record's own text (the member's suggestion) above the reply, perhaps in a labelled
      // cell too long for page metadata (问题内容：目前，…)
      int below = bodyText && (d.page.record || PageMetadata.opensItemsContent(l))
          ? ReplyStart.replyBelow(all, i, ReplyStart.opensTheReply(l)) : -1;
      if (below > 0) {
        int head = ReplyStart.titledBelow(all, i); // the reply's marks and title, if it has them
        int end = head > 0 ? head : below;
        for (int j = i; j < end; j++) {
          if (!all.get(j).blank()) {
            d.unknown(BlockKind.PAGE_METADATA, all.get(j).number());
          }
        }
        i = end;
        continue;
      }
      int reply = bodyText && titles.isEmpty() ? ReplyStart.titledBelow(all, i) : -1;
      if (reply > 0) { // the item's own text, printed above the reply's title and salutation
        for (int j = i; j < reply; j++) {
          if (!all.get(j).blank()) {
            d.unknown(BlockKind.PAGE_METADATA, all.get(j).number());
          }
        }
        i = reply;
        continue;
      }
      if (bodyText) {
        first = first < 0 ? i : first;
        bodyStart = i;
        break;
      }
      // the item's own title as the heading: the header's only one, no unplaced text after it
      boolean heading = titles.isEmpty() && ItemsOwnTitle.itemsHeading(l);
      d.itemHeadings += heading ? 1 : 0;
      d.itemHeading = heading && d.itemHeadings == 1 ? l : null;
      // above the document, or the page's date or empty label between its lines (日期:2024-06-07
      // or 相关文章: below a title)
      boolean page = first < 0 || PageDateLine.aboveTheLetter(l) || PageFurniture.emptyLabel(l);
      d.unknown(page ? BlockKind.PAGE_METADATA : BlockKind.UNKNOWN_TEXT, l.number());
      i++;
    }
    if (bodyStart < 0) {
      bodyStart = n;
    }
    if (headingNumber != null) {
      d.headingNumber(headingNumber);
    }
    d.letterStart = sal != null ? salLine.number()
        : bodyStart < n ? all.get(bodyStart).number() : Integer.MAX_VALUE;

    // the end, from the bottom up, above the site's footer
    int end = SiteFooter.start(all, bodyStart);
    for (int j = end; j < n; j++) { // the footer and all below it: the page's
      if (!all.get(j).blank()) {
        d.unknown(BlockKind.PAGE_METADATA, all.get(j).number());
      }
    }
    int tailStart = TailReader.endStart(all, bodyStart, end, this::tailLine);
    EndAnchors.End found = new EndAnchors(ctx, all, d, this::tailLine, tailLines)
        .start(bodyStart, tailStart, end);
    tailStart = found.start();
    if (found.annex() >= 0) { // an attachment below the end: kept as printed, none of it read
      for (int j = found.annex(); j < end; j++) {
        Line l = all.get(j);
        if (!l.blank()) {
          d.unknown(l.pageMetadata() ? BlockKind.PAGE_METADATA : BlockKind.UNKNOWN_TEXT, l.number());
        }
      }
      end = found.annex();
    }
    // an end flattened onto the last line of text above it is split off: a document on the line of
    // its salutation, or the body's last paragraph (…支持! 联系电话:0539-3880033 2024年9月24日)
    int last = tailStart - 1;
    while (last > salIndex && last >= bodyStart && all.get(last).blank()) {
      last--;
    }
    boolean onSalutation = sal != null && last == salIndex;
    FlatEnd.Split flat = onSalutation ? sal.rest() < 0 ? null
        : FlatEnd.of(salLine.from(sal.rest()))
        : last >= bodyStart ? FlatEnd.of(all.get(last)) : null;
    d.addressedTo = sal == null || !sal.addressee().collective() ? null
        : Chars.removeBlanks(Chars.key(sal.addressee().names().get(0)));
    if (flat != null) {
      TailReader.read(flat.end(), 0, flat.end().size(), d, null);
    }
    TailReader.read(all, tailStart, end, d, tailLines);

    // titles: the last is the official one, earlier ones are web copies
    TitleReader.Found official = titles.isEmpty() ? null : titles.get(titles.size() - 1);
    DocumentNumber titleNumber = null;
    Reply.Builder reply = Reply.builder();
    for (TitleReader.Found t : titles) {
      if (t != official) {
        fields.webTitle(t);
      }
    }
    if (official != null) {
      titleNumber = fields.officialTitle(official, reply);
    }

    // addressee and body
    List<Line> bodyLines = new ArrayList<>(Math.max(0, tailStart - bodyStart) + 1);
    if (sal != null) {
      fields.addressee(salLine, sal, reply);
      if (flat != null && onSalutation) {
        bodyLines.add(flat.body());
      } else if (sal.rest() >= 0) {
        bodyLines.add(salLine.from(sal.rest()));
      }
    } else if (n > 0) {
      Line at = all.get(Math.min(bodyStart, n - 1));
      TextRules.report(ctx, TextRules.ADDRESSEE_MISSING, "no salutation found", "addressee", at,
          0, 0, null);
      if (d.page.addressee != null) { // a record names who raised the item: 代表姓名：…
        reply.addressee(d.page.addressee);
        ctx.source("addressee", Provenance.WEB_PAGE);
      }
    }
    for (int j = bodyStart; j < tailStart; j++) {
      Line l = flat != null && j == last ? flat.body() : all.get(j);
      if (l != null) {
        bodyLines.add(l);
      }
    }
    reply.body(body(bodyLines));

    new MotionFields(ctx, d).motion(official, titles.subList(0, Math.max(0, titles.size() - 1)),
        bodyLines, sal == null ? null : sal.addressee().role().orElse(null), reply);
    fields.finish(reply, titleNumber, official, Math.max(first, 0));
    return reply.build();
  }

  private Body body(List<Line> lines) {
    if (lines.isEmpty()) {
      return Body.builder().build();
    }
    try {
      return BodyReader.read(lines, ctx);
    } catch (RuntimeException e) {
      for (Line l : lines) {
        if (!Chars.isBlank(l.text())) {
          d.unknown(BlockKind.UNKNOWN_TEXT, l.number());
        }
      }
      Line first = lines.get(0);
      TextRules.report(ctx, TextRules.BODY_FAILED, "body recogniser failed: " + e, "body",
          first, 0, 0, null);
      return Body.builder().build();
    }
  }
}
