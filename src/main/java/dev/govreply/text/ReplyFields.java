package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.Addressee;
import dev.govreply.model.BlockKind;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Limits;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what the layout recognisers found to the reply, with the line accounting and findings
 * of each field: the titles (web copies above the official one, the extras after it), the
 * addressee, the motion cited by the title and the opening sentence, and, once every zone is
 * read, the fields that the header, the title, the end and the page metadata may each supply
 * (issuer, document number, disclosure, date…), each from the source that has the first say.
 */
final class ReplyFields {
  private final ReadContext ctx;
  private final List<Line> all;
  private final Draft d;

  /**
   * Fields written for the text of {@code ctx}, from what {@code d} collects.
   *
   * @param ctx the read's context: its lines, line accounting and findings
   * @param d the values the header and end readers collected
   */
  ReplyFields(ReadContext ctx, Draft d) {
    this.ctx = ctx;
    this.all = ctx.allLines();
    this.d = d;
  }

  /**
   * A title above the official one, a copy on the web page: its lines are page metadata, its
   * issuer and document number count only where the document states none.
   */
  void webTitle(TitleReader.Found t) {
    for (int j = t.first(); j <= t.last(); j++) {
      Line l = all.get(j);
      if (!Chars.isBlank(l.text())) {
        d.unknown(BlockKind.PAGE_METADATA, l.number());
      }
    }
    if (t.issuer() != null && d.webIssuer == null) {
      d.webIssuer = t.issuer();
    }
    Line first = all.get(t.first());
    TextRules.report(ctx, TextRules.TITLE_WEB_COPY, "web title above the official title", null,
        first, 0, first.text().length(), null);
    for (TitleReader.Extra e : t.extras()) {
      if (e.value() instanceof DocumentNumber dn && d.page.documentNumber == null) {
        d.page.documentNumber = dn;
      }
    }
  }

  /** Applies the official title; returns a document number printed after it, or null. */
  DocumentNumber officialTitle(TitleReader.Found t, Reply.Builder reply) {
    reply.title(t.title());
    Compact c = t.compact();
    int[] titleLines = c.lineNumbers(t.issuerEnd(), t.end());
    for (int ln : titleLines) {
      ctx.target(ln, "title");
    }
    Line first = all.get(t.first());
    if (t.issuer() != null) {
      d.titleIssuer = t.issuer();
      ctx.target(c.lineOf(0).number(), "issuer");
    }
    if (t.first() != t.last()) {
      TextRules.report(ctx, TextRules.TITLE_SPLIT, "title over lines " + first.number() + "–"
          + all.get(t.last()).number(), "title", first, 0, first.text().length(), t.title());
    }
    if (t.spaced()) {
      TextRules.report(ctx, TextRules.TITLE_SPACED, "layout spaces in the title", "title", first,
          0, first.text().length(), t.title());
    }
    DocumentNumber number = null;
    for (TitleReader.Extra e : t.extras()) {
      Line l = c.lineOf(e.keyStart());
      int s = c.indexOf(e.keyStart());
      int end = c.indexOf(e.keyEnd() - 1) + 1;
      String printed = l.text().substring(s, Math.max(s, end));
      if (e.value() instanceof DocumentNumber dn) {
        number = dn;
        ctx.target(l.number(), "documentNumber");
        ctx.markup(l.number(), printed.substring(0, 1), printed.substring(printed.length() - 1));
        ctx.markupConsumed(l.number(), printed, dn.toString()); // 號 written 号
        TextRules.report(ctx, TextRules.DOCNO_FROM_PAGE, "document number in brackets after the "
            + "title", "documentNumber", l, s, end, dn.toString());
      } else if (e.value() instanceof ResultClass rc) {
        ctx.markup(l.number(), printed.substring(0, 1), printed.substring(printed.length() - 1));
        if (d.resultClass == null) {
          d.resultClass = rc;
          d.resultClassInTitle = true;
        }
        ctx.target(l.number(), "resultClass");
        TextRules.report(ctx, TextRules.TITLE_CLASS, "result class " + rc + " after the title",
            "resultClass", l, s, end, rc + "类");
      } else if (e.value() instanceof TitleReader.ItemTitle it) {
        ctx.markup(l.number(), printed.substring(0, 1), printed.substring(printed.length() - 1));
        d.titleItemTitle = it.title();
      } else if (e.value() instanceof TitleReader.ItemNumber in) {
        ctx.markup(l.number(), printed.substring(0, 1), printed.substring(printed.length() - 1));
        d.titleItemNumber = in.number();
        ctx.markupConsumed(l.number(), printed, in.number()); // (2015年第0583号): 年第号
        ctx.target(l.number(), "motion");
      } else if (e.value() instanceof TitleReader.Issuer is) {
        ctx.markup(l.number(), printed.substring(0, 1), printed.substring(printed.length() - 1));
        if (d.titleIssuer == null) {
          d.titleIssuer = is.name();
        }
        ctx.target(l.number(), "issuer");
      } else if (e.value() instanceof Disclosure ds) {
        d.disclosureInTitle |= !d.hasDisclosureMarks();
        d.disclosureMark(l, s, Math.max(s, end), ds, false);
      }
    }
    return number;
  }

  /** The addressee of salutation {@code s} on {@code line}, with the findings on its form. */
  void addressee(Line line, Salutation.Found s, Reply.Builder reply) {
    Addressee a = s.addressee();
    reply.addressee(a);
    ctx.source("addressee", Provenance.DOCUMENT);
    ctx.target(line.number(), "addressee");
    if (s.roleStart() >= 0) {
      ctx.markup(line.number(), line.text().substring(s.roleStart(), s.roleEnd()));
    }
    String salutation = a.salutation().orElse("");
    if (s.colon() < 0) {
      TextRules.report(ctx, TextRules.ADDRESSEE_NO_COLON, "salutation without colon",
          "addressee", line, s.start(), s.end(), Chars.removeBlanks(salutation) + "：");
    } else {
      ctx.markup(line.number(), line.text().substring(s.colon(), s.colon() + 1));
      char c = line.text().charAt(s.colon());
      if (c == ':') {
        TextRules.report(ctx, TextRules.ASCII_COLON, "ASCII colon after the salutation",
            "addressee", line, s.colon(), s.colon() + 1, "：");
      } else if (c != '：') { // a comma before the body's 您
        TextRules.report(ctx, TextRules.ADDRESSEE_NO_COLON, "salutation without colon",
            "addressee", line, s.start(), s.end(), Chars.removeBlanks(salutation) + "：");
      }
    }
    if (s.rest() >= 0) {
      TextRules.report(ctx, TextRules.ADDRESSEE_RUN_ON, "body text on the salutation line",
          "addressee", line, s.rest(), line.text().length(), null);
    }
  }

  /**
   * The motion answered, as the official title and the body's opening sentence (its first lines
   * up to 收悉 or 如下) cite it; the title has the first say, the opening adds a fuller session
   * and the motion's title. Where neither cites the number or the session, the last of the web
   * page's copies of the title ({@code webTitles}) may ({@link TextRules#MOTION_FROM_WEB_TITLE}),
   * and then a record above the reply; a session the title prints damaged only where they repair
   * it ({@link SessionCitation#repairs}) and the copies citing the same number agree.
   */
  void motion(TitleReader.Found official, List<TitleReader.Found> webTitles, List<Line> bodyLines,
      Reply.Builder reply) {
    MotionCitation.Cited fromTitle = null;
    if (official != null) {
      fromTitle = MotionCitation.fromTitle(official.compact(), official.issuerEnd(),
          official.end());
      if (fromTitle.badSession() != null) {
        Line first = all.get(official.first());
        TextRules.report(ctx, TextRules.SESSION_MALFORMED, "session " + fromTitle.badSession()
            + " could not be read", "motion.session", first, 0, first.text().length(), null);
      }
    }
    List<Line> opening = new ArrayList<>(3);
    for (Line l : bodyLines) {
      if (Chars.isBlank(l.text())) {
        continue;
      }
      opening.add(l);
      String k = l.key();
      if (opening.size() >= 3 || k.contains("如下") || k.contains("收悉")) {
        break;
      }
    }
    MotionCitation.Cited fromOpening = null;
    Compact oc = null;
    if (!opening.isEmpty()) {
      oc = Compact.of(opening, true);
      fromOpening = MotionCitation.fromOpening(oc, fromTitle == null ? null : fromTitle.session());
    }
    boolean kindInTitle = fromTitle != null && fromTitle.kind() != null;
    MotionKind kind = kindInTitle ? fromTitle.kind()
        : d.category != null ? d.category
        : fromOpening != null ? fromOpening.kind() : null;
    Provenance kindFrom = kindInTitle ? Provenance.TITLE : Provenance.DOCUMENT;
    boolean numberInTitle = fromTitle != null && fromTitle.number() != null
        || d.titleItemNumber != null;
    String number = fromTitle != null && fromTitle.number() != null ? fromTitle.number()
        : d.titleItemNumber != null ? d.titleItemNumber
        : fromOpening != null ? fromOpening.number() : null;
    Provenance numberFrom = numberInTitle ? Provenance.TITLE : Provenance.DOCUMENT;
    Session ts = fromTitle == null ? null : fromTitle.session();
    Session os = fromOpening == null ? null : fromOpening.session();
    Session session = ts;
    Provenance sessionFrom = Provenance.TITLE;
    if (ts == null) {
      session = os;
      sessionFrom = Provenance.DOCUMENT;
    } else if (os != null && fuller(os, ts)) {
      session = os;
      sessionFrom = Provenance.DOCUMENT;
      Line first = opening.get(0);
      TextRules.report(ctx, TextRules.SESSION_FULLER, "session " + ts + " in the title, " + os
          + " in the opening", "motion.session", first, 0, first.text().length(), os.text());
    }
    List<TitleReader.Found> copies = new ArrayList<>(webTitles);
    TitleReader.Found recorded = d.page.replyTitle == null ? null
        : TitleReader.at(List.of(d.page.replyTitle), 0);
    if (recorded != null) {
      copies.add(0, recorded); // the record's 复文标题, before the page's copies of the title
      if (recorded.issuer() != null && d.webIssuer == null) {
        d.webIssuer = recorded.issuer();
      }
    }
    boolean damaged = fromTitle != null && fromTitle.badSession() != null;
    List<MotionCitation.Cited> others = damaged // who else cites the item, to agree with a repair
        ? SessionCitation.citations(copies, d.page.number, d.page.session) : List.of();
    if ((number == null || session == null) && !copies.isEmpty()) {
      // the web page's copy of the title, where the document itself does not cite them
      TitleReader.Found web = copies.get(copies.size() - 1);
      MotionCitation.Cited fromWeb = MotionCitation.fromTitle(web.compact(), web.issuerEnd(),
          web.end());
      boolean used = false;
      if (number == null && fromWeb.number() != null) {
        number = fromWeb.number();
        numberFrom = Provenance.WEB_PAGE;
        used = true;
      }
      if (session == null && fromWeb.session() != null && (!damaged
          || SessionCitation.repairs(fromTitle, fromTitle.number(), fromWeb.session(),
              fromWeb.number(), fromWeb.kind(), others))) {
        session = fromWeb.session();
        sessionFrom = Provenance.WEB_PAGE;
        used = true;
      }
      if (kind == null && used) {
        kind = fromWeb.kind();
        kindFrom = Provenance.WEB_PAGE;
      }
      if (used) {
        Line first = web.compact().lineOf(0);
        TextRules.report(ctx, TextRules.MOTION_FROM_WEB_TITLE, "motion cited by the web title",
            "motion", first, 0, first.text().length(), null);
        for (int ln : web.compact().lineNumbers(web.issuerEnd(), web.end())) {
          ctx.target(ln, "motion");
        }
      }
    }
    // what a record of the item above the reply says, where nothing else does
    String cited = number; // as the document or the page's copy of its title cites it
    if (number == null && d.page.number != null) {
      number = d.page.number;
      numberFrom = Provenance.WEB_PAGE;
    }
    if (session == null && d.page.session != null
        && (!damaged || SessionCitation.repairs(fromTitle, cited, d.page.session, d.page.number,
            null, others))) {
      session = d.page.session;
      sessionFrom = Provenance.WEB_PAGE;
    }
    String title = fromOpening == null ? null : fromOpening.title();
    MotionCitation.Cited titleFrom = fromOpening;
    Compact titleIn = oc;
    Provenance titleSource = Provenance.DOCUMENT;
    if (fromTitle != null && fromTitle.title() != null
        && (title == null || fullerItemTitle(fromTitle.title(), title))) {
      // quoted by the reply's title, and by the opening not at all or in part only
      titleSource = Provenance.TITLE;
      title = fromTitle.title(); // quoted by the reply's title: 《关于…的建议》的答复
      titleFrom = fromTitle;
      titleIn = official.compact();
    }
    if (title == null && d.titleItemTitle != null) {
      titleSource = Provenance.TITLE;
      title = d.titleItemTitle; // printed in 《》 after the reply's title
      titleFrom = null;
    }
    if (title == null && official == null && d.itemHeading != null) {
      titleSource = Provenance.TITLE; // the item's own title, the document's only heading
      title = TextNorm.removeLayoutSpaces(d.itemHeading.text().strip());
      titleFrom = null;
      if (kind == null) { // named by the word the item's title ends with: 关于…的建议
        kind = MotionCitation.ofItemsTitle(title, session);
        kindFrom = Provenance.TITLE;
      }
    }
    boolean titleInRecord = false;
    if (title == null && d.page.motionTitle != null) {
      titleSource = Provenance.WEB_PAGE; // a record's 提案标题 above the reply, where nothing else
      title = d.page.motionTitle; // cites it; its line stays the page's
      titleFrom = null;
      titleInRecord = true;
      if (kind == null) { // named by the record's label (提案标题) and the title's last word,
        MotionKind ending = MotionCitation.ofItemsTitle(title, session); // none where they differ
        MotionKind labelled = d.page.motionKind;
        kind = labelled == null ? ending : ending == null || ending == labelled ? labelled : null;
        kindFrom = Provenance.WEB_PAGE;
      }
    }
    if (title != null && title.length() > Limits.MAX_STRING_LENGTH) {
      title = null; // cited over lines longer than a reply's string: it stays in the body only
    }
    if (kind == null && number == null && session == null && title == null) {
      return;
    }
    Motion.Builder m = Motion.builder();
    if (kind != null) {
      m.kind(kind);
      ctx.source("motion.kind", kindFrom);
    }
    if (number != null && !number.isBlank()) {
      m.number(number);
      ctx.source("motion.number", numberFrom);
    }
    if (session != null) {
      m.session(session);
      ctx.source("motion.session", sessionFrom);
    }
    if (title != null && !title.isBlank()) {
      m.title(title);
      ctx.source("motion.title", titleSource);
      if (titleFrom != null) {
        for (int ln : titleIn.lineNumbers(titleFrom.titleFrom(), titleFrom.titleTo())) {
          ctx.target(ln, "motion.title");
        }
      } else if (!titleInRecord) { // a record's line stays the page's
        Line printed = official == null ? d.itemHeading : official.compact().lineOf(official.end());
        ctx.target(printed.number(), "motion.title");
      }
      if (titleFrom != null && !titleFrom.titleQuoted()) {
        Line first = opening.get(0);
        TextRules.report(ctx, TextRules.MOTION_TITLE_UNQUOTED, "motion title without 《》",
            "motion.title", first, 0, first.text().length(), "《" + title + "》");
      }
    }
    if (official != null && (fromTitle.kind() != null || fromTitle.number() != null
        || fromTitle.session() != null)) {
      for (int ln : official.compact().lineNumbers(official.issuerEnd(), official.end())) {
        ctx.target(ln, "motion");
      }
    }
    reply.motion(m.build());
  }

  /**
   * Whether item title {@code a} is a fuller form of {@code b}: it holds all of {@code b} and more
   * (《关于在程和鑫居进行社区养老试点的建议》 in the title, “在程和鑫居进行社区养老试点” in the opening).
   */
  private static boolean fullerItemTitle(String a, String b) {
    String ka = Chars.removeBlanks(Chars.key(a));
    String kb = Chars.removeBlanks(Chars.key(b));
    return ka.length() > kb.length() && ka.contains(kb);
  }

  /**
   * Whether session {@code a} says more of the session {@code b} names: the same assembly and
   * term, and the same meeting printed at greater length in a region named as fully
   * (岳阳市九届人大四次会议 beside 市九届人大四次会议, 华容县第十七届人民代表大会第一次会议 beside
   * 华容县十七届人大一次会议; not 第五届第五次人大代表会议 beside 君山区人大五届五次会议) or a meeting
   * where {@code b} names none (区政协八届四次会议 beside 区八届政治协商会议).
   */
  private static boolean fuller(Session a, Session b) {
    if (a.assembly() != b.assembly() || !a.term().equals(b.term())) {
      return false;
    }
    if (!a.meeting().equals(b.meeting())) {
      return b.meeting().isEmpty();
    }
    return a.region().orElse("").length() >= b.region().orElse("").length()
        && a.text().length() > b.text().length();
  }

  /**
   * Completes the reply from the draft; findings about the document as a whole (no title, the
   * issuer from the signature…) are reported at its first line, {@code first}, below any page
   * metadata above it.
   */
  void finish(Reply.Builder reply, DocumentNumber titleNumber, TitleReader.Found official,
      int first) {
    int n = all.size();
    Line firstLine = n > 0 ? all.get(Math.min(first, n - 1)) : null;
    Line lastLine = n > 0 ? all.get(n - 1) : null;
    boolean header = d.headerIssuer != null && (d.titleIssuer == null
        || OrgNames.namesMoreFully(Chars.key(d.headerIssuer), Chars.key(d.titleIssuer))
        || Chars.key(d.headerIssuer).endsWith(Chars.key(d.titleIssuer)));
    d.placeHeaderIssuer(header); // a name above a title naming another body is the site's
    String issuer = header ? d.headerIssuer : d.titleIssuer;
    Provenance issuerFrom = header ? Provenance.DOCUMENT : Provenance.TITLE;
    if (issuer != null && d.signature != null
        && OrgNames.namesMoreFully(Chars.key(d.signature), Chars.key(issuer))) {
      TextRules.report(ctx, TextRules.ISSUER_FULLER_IN_SIGNATURE, "issuer " + issuer
          + " named more fully by the signature " + d.signature, "issuer", firstLine, 0, 0,
          d.signature);
      issuer = d.signature; // 嘉定区卫生健康委 in the title, 上海市嘉定区卫生健康委员会 below
      issuerFrom = Provenance.SIGNATURE;
    }
    if (issuer == null && d.signature != null) {
      issuer = d.leadBody != null ? d.leadBody : d.signature; // a joint reply: its lead body
      issuerFrom = Provenance.SIGNATURE;
      if (lastLine != null) {
        TextRules.report(ctx, TextRules.ISSUER_FROM_SIGNATURE, "issuer taken from the signature "
            + d.signature, "issuer", firstLine, 0, 0, issuer);
      }
    }
    // a reply that is not signed names the body that writes it in its closing's 承办单位：
    if (issuer == null && d.handlingUnit != null) {
      issuer = d.handlingUnit;
      issuerFrom = Provenance.DOCUMENT;
      if (firstLine != null) {
        TextRules.report(ctx, TextRules.ISSUER_FROM_HANDLING_UNIT, "issuer taken from the "
            + "handling unit " + d.handlingUnit, "issuer", firstLine, 0, 0, issuer);
      }
    }
    // the unit to contact (联系单位：) of a reply that is not signed may be its issuer, or the
    // department of the body that writes it: a person decides
    if (issuer == null && d.contactUnit != null && firstLine != null) {
      TextRules.report(ctx, TextRules.ISSUER_ONLY_CONTACT_UNIT, "no issuer printed; the unit to "
          + "contact is " + d.contactUnit, "issuer", firstLine, 0, 0, d.contactUnit);
    }
    if (issuer == null) {
      issuer = d.webIssuer; // a web page's copy of the title (not its 发布机构, maybe its publisher)
      issuerFrom = Provenance.WEB_PAGE;
    }
    if (issuer != null && !issuer.isBlank()) {
      reply.issuer(issuer);
      ctx.source("issuer", issuerFrom);
    }
    if (d.signer != null) {
      reply.signer(d.signer);
    }
    DocumentNumber number = d.documentNumber != null ? d.documentNumber
        : titleNumber != null ? titleNumber : d.page.documentNumber;
    if (number != null) {
      reply.documentNumber(number);
      ctx.source("documentNumber", d.documentNumber != null ? Provenance.DOCUMENT
          : titleNumber != null ? Provenance.TITLE : Provenance.WEB_PAGE);
    }
    if (d.resultClass != null) {
      reply.resultClass(d.resultClass);
      ctx.source("resultClass", d.resultClassInTitle ? Provenance.TITLE : Provenance.DOCUMENT);
    }
    boolean conflict = d.settleDisclosure();
    Disclosure disclosure = d.disclosure;
    Provenance disclosureFrom = d.disclosureInTitle ? Provenance.TITLE : Provenance.DOCUMENT;
    if (disclosure == null && !conflict && d.page.disclosure != null) {
      disclosure = d.page.disclosure;
      disclosureFrom = Provenance.WEB_PAGE;
      TextRules.report(ctx, TextRules.DISCLOSURE_FROM_PAGE, "disclosure from page metadata",
          "disclosure", firstLine, 0, 0, null);
    }
    if (disclosure != null) {
      reply.disclosure(disclosure);
      ctx.source("disclosure", disclosureFrom);
    }
    if (d.signature != null) {
      reply.signature(d.signature);
      ctx.source("signature", Provenance.DOCUMENT);
    } else if (lastLine != null) {
      TextRules.report(ctx, TextRules.SIGNATURE_MISSING, "no signature", "signature", lastLine,
          0, 0, null);
    }
    if (d.date != null) {
      reply.date(d.date);
      ctx.source("date", Provenance.DOCUMENT);
    } else if (lastLine != null) {
      TextRules.report(ctx, TextRules.DATE_MISSING, "no date", "date", lastLine, 0, 0, null);
    }
    if (official == null && firstLine != null) {
      TextRules.report(ctx, TextRules.TITLE_MISSING, "no title", "title", firstLine, 0, 0, null);
    }
    for (Draft.MutableContact c : d.contacts) {
      reply.addContact(c.build());
    }
    if (!d.contacts.isEmpty()) {
      ctx.source("contacts", Provenance.DOCUMENT);
    }
    reply.copyTo(d.copyTo);
    if (!d.copyTo.isEmpty()) {
      ctx.source("copyTo", Provenance.DOCUMENT);
    }
    reply.notes(d.notes);
    reply.unrecognized(d.blocks());
  }
}
