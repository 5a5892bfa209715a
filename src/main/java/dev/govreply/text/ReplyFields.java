package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.Addressee;
import dev.govreply.model.BlockKind;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import java.util.List;

/**
 * Writes what the layout recognisers found to the reply, with the line accounting and findings
 * of each field: the titles (web copies above the official one, the extras after it), the
 * addressee, and, once every zone is read, the fields that the header, the title, the end and the
 * page metadata may each supply (issuer, document number, disclosure, date…), each from the
 * source that has the first say. The motion answered is {@link MotionFields}'.
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
    for (TitleExtra e : t.extras()) {
      if (e.value() instanceof DocumentNumber dn && d.page.documentNumber == null) {
        d.page.documentNumber = dn;
      }
    }
  }

  /**
   * Records what sets the extra {@code e} of the title compacted in {@code c} apart from the
   * title as consumed markup, each mark on the line it is printed on: before its value, an opening
   * bracket, a colon, a bar or a dash; after it, a closing bracket. Nothing for an extra set off by
   * a blank (…的答复函 B).
   */
  private void delimiters(Compact c, TitleExtra e) {
    delimiter(c, e.keyStart(), e.valueStart());
    delimiter(c, e.valueEnd(), e.keyEnd());
  }

  private void delimiter(Compact c, int from, int to) {
    if (from < to) {
      ctx.markup(c.lineOf(from).number(), c.original(from, to));
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
    for (TitleExtra e : t.extras()) {
      Line l = c.lineOf(e.keyStart());
      int s = c.indexOf(e.keyStart());
      int end = c.indexOf(e.keyEnd() - 1) + 1;
      String printed = c.original(e.keyStart(), e.keyEnd()); // over lines, perhaps: 《关于… / …的建议》
      if (e.value() instanceof DocumentNumber dn) {
        number = dn;
        ctx.target(l.number(), "documentNumber");
        delimiters(c, e);
        ctx.markupConsumed(l.number(), printed, dn.toString()); // 號 written 号
        TextRules.report(ctx, TextRules.DOCNO_FROM_PAGE, "document number in brackets after the "
            + "title", "documentNumber", l, s, end, dn.toString());
      } else if (e.value() instanceof ResultClass rc) {
        delimiters(c, e);
        if (d.resultClass == null) {
          d.resultClass = rc;
          d.resultClassInTitle = true;
        }
        ctx.target(l.number(), "resultClass");
        TextRules.report(ctx, TextRules.TITLE_CLASS, "result class " + rc + " after the title",
            "resultClass", l, s, end, rc + "类");
      } else if (e.value() instanceof TitleExtra.ItemTitle it) {
        delimiters(c, e);
        d.titleItemTitle = it.title();
        d.titleItemTitleLine = l.number();
      } else if (e.value() instanceof TitleExtra.CitedNumber in) {
        delimiters(c, e);
        String own = MotionCitation.fromTitle(c, t.issuerEnd(), t.end()).number();
        if (own == null || ItemNumber.sameNumber(own, in.number())) {
          d.titleItemNumber = in.number();
          ctx.markupConsumed(l.number(), printed, in.number()); // (2015年第0583号): 年第号
          ctx.target(l.number(), "motion");
        } else { // another number than the title's own (第5号…(2015年第0583号)): kept, in notes
          d.addNote(c.original(e.valueStart(), e.valueEnd()), l.number());
          TextRules.report(ctx, TextRules.MOTION_NUMBER_CONFLICT, "item number " + in.number()
              + " after the title, " + own + " in it; " + own + " taken, the other kept in notes",
              "motion.number", l, s, end, null);
        }
      } else if (e.value() instanceof TitleExtra.Issuer is) {
        delimiters(c, e);
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

  /**
   * The body of the signature that names {@code issuer} more fully (上海市嘉定区卫生健康委员会 for
   * 嘉定区卫生健康委), or null: the signature, or, of a joint reply's signature, the body among its
   * bodies that does (某某县财政局 for 县财政局, the lead or not).
   */
  private String fullerSigner(String issuer) {
    if (issuer == null || d.signature == null) {
      return null;
    }
    List<String> bodies = d.leadBody != null ? Chars.runs(d.signature) : List.of(d.signature);
    for (String body : bodies) {
      if (OrgNames.namesMoreFully(Chars.key(body), Chars.key(issuer))) {
        return body;
      }
    }
    return null;
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
    runTogether(line, a.names());
  }

  /**
   * Reports each two names of the list {@code names} that the salutation on {@code line} prints
   * without their separator, run together or joined by 并 or 及 ({@link NameList}: 张汉修宋元俊).
   */
  private void runTogether(Line line, List<String> names) {
    for (int i = 0; i + 1 < names.size(); i++) {
      for (int j = -1; j < NameList.JOINERS.length(); j++) { // nothing, or a joiner, between them
        String joiner = j < 0 ? "" : NameList.JOINERS.substring(j, j + 1);
        String both = names.get(i) + joiner + names.get(i + 1);
        int at = line.text().indexOf(both);
        if (at >= 0) {
          TextRules.report(ctx, TextRules.ADDRESSEE_NAMES_RUN_TOGETHER, "two names of the"
              + " salutation's list printed without their separator: " + both + "; read as "
              + names.get(i) + " and " + names.get(i + 1), "addressee", line, at,
              at + both.length(), null);
          break;
        }
      }
    }
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
    boolean siteOnly = d.headerMayBeTheSites && d.signature != null
        && !Chars.key(d.signature).equals(Chars.key(d.headerIssuer)); // the site's, not the letter's
    boolean header = d.headerIssuer != null && !siteOnly && (d.titleIssuer == null
        || OrgNames.namesMoreFully(Chars.key(d.headerIssuer), Chars.key(d.titleIssuer))
        || Chars.key(d.headerIssuer).endsWith(Chars.key(d.titleIssuer)));
    d.placeHeaderIssuer(header); // a name above a title naming another body is the site's
    String issuer = header ? d.headerIssuer : d.titleIssuer;
    Provenance issuerFrom = header ? Provenance.DOCUMENT : Provenance.TITLE;
    String signedBy = fullerSigner(issuer);
    if (issuer != null && signedBy != null) {
      TextRules.report(ctx, TextRules.ISSUER_FULLER_IN_SIGNATURE, "issuer " + issuer
          + " named more fully by the signature " + signedBy, "issuer", firstLine, 0, 0,
          signedBy);
      issuer = signedBy; // 嘉定区卫生健康委 in the title, 上海市嘉定区卫生健康委员会 below
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
        : titleNumber != null ? titleNumber : d.page.documentNumber();
    if (number != null) {
      reply.documentNumber(number);
      ctx.source("documentNumber", d.documentNumber != null ? Provenance.DOCUMENT
          : titleNumber != null ? Provenance.TITLE : Provenance.WEB_PAGE);
    }
    if (d.resultClass != null) {
      reply.resultClass(d.resultClass);
      ctx.source("resultClass", d.resultClassInTitle ? Provenance.TITLE : Provenance.DOCUMENT);
    } else if (d.page.record && d.page.resultClass != null) { // a record's 类别 A
      reply.resultClass(d.page.resultClass);
      ctx.source("resultClass", Provenance.WEB_PAGE);
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
