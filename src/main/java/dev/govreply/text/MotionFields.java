package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.Limits;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.Reply;
import dev.govreply.model.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the motion answered to the reply, with its line accounting and findings: its kind,
 * number, session and title as the official title and the opening sentence cite them, then the
 * web page's copies of the title, a record above the reply and the page's metadata where the
 * document is silent.
 */
final class MotionFields {
  private final ReadContext ctx;
  private final List<Line> all;
  private final Draft d;

  /** Motion fields for the text of {@code ctx}, from what {@code d} collects. */
  MotionFields(ReadContext ctx, Draft d) {
    this.ctx = ctx;
    this.all = ctx.allLines();
    this.d = d;
  }

  /**
   * The body's first lines read as its opening when none says 收悉 or 如下: {@value
   * #OPENING_LINES}, and more only while no sentence has ended among them, up to {@value
   * #OPENING_WEIGHT} non-blank characters: an opening sentence the capture broke into many lines
   * (a PDF's short lines, a page's rows run into it above), not the body after it, which may cite
   * other documents and items (《关于…的实施意见》, 第12号建议).
   */
  private static final int OPENING_LINES = 3;

  /** The most non-blank characters of an opening read past {@link #OPENING_LINES}. */
  private static final int OPENING_WEIGHT = 600;

  /**
   * The motion answered, as the official title and the body's opening sentence (its first
   * {@value #OPENING_LINES} lines up to 收悉 or 如下, more while its sentence runs on, above the
   * first heading of its measures) cite it; the title has the first say, the opening adds a
   * fuller session and the motion's title. Where neither cites the number or the session, the
   * last of the web page's copies of the title ({@code webTitles}) may ({@link
   * TextRules#MOTION_FROM_WEB_TITLE}), and then a record above the reply; a session the title
   * prints damaged only where they repair it ({@link SessionCitation#repairs}) and the copies
   * citing the same number agree.
   */
  void motion(TitleReader.Found official, List<TitleReader.Found> webTitles, List<Line> bodyLines,
      AddresseeRole role, Reply.Builder reply) {
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
    List<Line> opening = new ArrayList<>();
    boolean belowHeading = false; // the body's first line a heading that opens no answer
    int read = 0; // the non-blank characters of the opening's lines
    boolean ended = false; // whether one of them ends a sentence
    for (Line l : bodyLines) {
      if (Chars.isBlank(l.text())) {
        continue;
      }
      boolean heading = Numbering.startsWithHeadingNumber(l.text().stripLeading());
      boolean opens = opening.isEmpty() && opensTheAnswer(l.key());
      if (heading && !opens) {
        if (opening.isEmpty() && !belowHeading) {
          belowHeading = true; // 一、基本情况: the opening may follow it, on the next line
          continue;
        }
        break; // the measures start (一、关于“…”的建议): what they quote is no item's title
      }
      if (belowHeading && opening.isEmpty() && !opens) {
        break; // the measure's text below its heading, no opening: nothing it quotes is the item
      }
      opening.add(l);
      read += Chars.weight(l.text(), OPENING_WEIGHT);
      String k = l.key();
      ended |= TextNorm.SENTENCE_ENDS.firstIn(k, 0, k.length()) < k.length();
      if (k.contains("如下") || k.contains("收悉")
          || opening.size() >= OPENING_LINES && (ended || read >= OPENING_WEIGHT)) {
        break;
      }
    }
    MotionCitation.Cited fromOpening = null;
    Compact oc = null;
    if (!opening.isEmpty()) {
      oc = Compact.of(opening, true);
      fromOpening = MotionCitation.fromOpening(oc, fromTitle == null ? null : fromTitle.session());
    }
    boolean kindInTitle = fromTitle != null && fromTitle.kind() != null
        && !namedByTheOpening(official, fromTitle, fromOpening);
    MotionKind kind = kindInTitle ? fromTitle.kind()
        : d.category != null ? d.category
        : fromOpening != null ? fromOpening.kind() : null;
    Provenance kindFrom = kindInTitle ? Provenance.TITLE : Provenance.DOCUMENT;
    boolean kindDoubted = false;
    MotionKind titleWord = kindInTitle || d.category != null ? null
        : titleEndsOtherwise(fromOpening, role);
    if (titleWord != null) {
      // the reply's title cites the session the item was raised at; the opening's may be another
      // meeting's, or read inside the item's own title
      Session at = fromTitle == null ? null : fromTitle.session();
      if (at != null && MotionCitation.mayBeRaisedAt(at, titleWord)) {
        kind = titleWord; // the session sides with the title's word too
      } else { // nothing else to weigh, or the session against the salutation: a person decides
        kindDoubted = true;
        kind = null;
        Line first = opening.get(0);
        TextRules.report(ctx, TextRules.MOTION_KIND_CONFLICT, "the opening names the item a "
            + fromOpening.kind().chinese() + ", its title ends in " + titleWord.chinese() + ", and a "
            + role.chinese() + " raises " + titleWord.chinese() + "; kind left empty", "motion.kind",
            first, 0, first.text().length(), null);
      }
    }
    boolean numberInTitle = fromTitle != null && fromTitle.number() != null
        || d.titleItemNumber != null;
    String number = fromTitle != null && fromTitle.number() != null ? fromTitle.number()
        : d.titleItemNumber != null ? d.titleItemNumber
        : fromOpening != null ? fromOpening.number() : null;
    Provenance numberFrom = numberInTitle ? Provenance.TITLE : Provenance.DOCUMENT;
    if (numberInTitle && fromOpening != null && ItemNumber.paddedForm(fromOpening.number(), number)
        && (fromOpening.session() == null || fromOpening.session().equals(fromTitle == null
            ? null : fromTitle.session()))) {
      // the same number of the same session, printed zero-padded: the fuller form
      number = fromOpening.number();
      numberFrom = Provenance.DOCUMENT;
    }
    if (number != null && fromOpening != null && fromOpening.number() != null
        && !ItemNumber.sameNumber(fromOpening.number(), number)) {
      Line first = opening.get(0);
      TextRules.report(ctx, TextRules.MOTION_NUMBER_CONFLICT, "item number " + number
          + " in the title, " + fromOpening.number() + " in the opening; the title's taken",
          "motion.number", first, 0, first.text().length(), null);
    }
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
      if (kind == null && !kindDoubted && used) {
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
    // what a record of the item above the reply says, where nothing else does and the record is
    // of the same item: its number where its session is the letter's, its session where its
    // number is the letter's
    String cited = number; // as the document or the page's copy of its title cites it
    if (number == null && d.page.number != null && sameMeeting(session, d.page.session)) {
      number = d.page.number;
      numberFrom = Provenance.WEB_PAGE;
    }
    if (session == null && d.page.session != null && sameNumber(cited, d.page.number)
        && (!damaged || SessionCitation.repairs(fromTitle, cited, d.page.session, d.page.number,
            null, others))) {
      session = d.page.session;
      sessionFrom = Provenance.WEB_PAGE;
    }
    String title = fromOpening == null || opensWithUnquotedTitle(fromOpening)
        && fromTitle != null && (fromTitle.title() != null || fromTitle.number() != null
            && fromOpening.number() != null && !fromTitle.number().equals(fromOpening.number()))
        ? null : fromOpening.title(); // an opening's first words yield to the reply's title
    MotionCitation.Cited titleFrom = fromOpening;
    Compact titleIn = oc;
    Provenance titleSource = Provenance.DOCUMENT;
    if (fromTitle != null && fromTitle.title() != null && fromTitle.titleQuoted()
        && (title == null
            || !fromOpening.titleQuoted()
                && MotionCitation.ofItemsTitle(fromTitle.title(), null) != null
            || fullerItemTitle(fromTitle.title(), title)
            || citesADocument(oc.key, fromOpening, fromTitle.title()))) {
      // quoted by the reply's title, and by the opening not at all (an unmarked phrase, where
      // the quoted span ends in a kind word: no document the item cites) or in part only, or by
      // body text that is no opening (“关于…的建议”复文 above
      // 《关于加快木本油料产业发展的意见》明确要求…)
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
      if (kind == null && !kindDoubted) { // named by the word the item's title ends with
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
      if (kind == null && !kindDoubted) { // named by the record's label (提案标题) and
        // the title's last word, none where they differ
        MotionKind ending = MotionCitation.ofItemsTitle(title, session);
        MotionKind labelled = d.page.motionKind;
        kind = labelled == null ? ending : ending == null || ending == labelled ? labelled : null;
        kindFrom = Provenance.WEB_PAGE;
      }
    }
    if (title == null && fromTitle != null && fromTitle.title() != null) {
      // the last source: the words the reply's title ends with, unquoted (关于…的建议的答复)
      titleSource = Provenance.TITLE;
      title = fromTitle.title();
      titleFrom = fromTitle;
      titleIn = official.compact();
    }
    if (d.titleItemTitle != null && title != null && !d.titleItemTitle.equals(title)) {
      // the item's title after the reply's, worded otherwise than the one taken (…的提案 where the
      // opening quotes it without): what the title taken does not hold is consumed markup, and a
      // wording that is no fuller or shorter form of the other is a person's to weigh
      ctx.markupConsumed(d.titleItemTitleLine, d.titleItemTitle, title);
      String printed = Chars.hanOnly(d.titleItemTitle);
      String taken = Chars.hanOnly(title);
      if (!printed.equals(taken) && !printed.contains(taken) && !taken.contains(printed)) {
        Line at = all.get(official.first());
        TextRules.report(ctx, TextRules.MOTION_TITLE_CONFLICT, "item named " + d.titleItemTitle
            + " in the title's brackets, " + title + " taken", "motion.title", at, 0, 0, null);
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
        Compact c = official == null ? null : official.compact();
        int[] lines = c == null ? new int[] {d.itemHeading.number()}
            : c.lineNumbers(official.end(), c.key.length()); // every line after the reply's title
        for (int ln : lines) {
          ctx.target(ln, "motion.title");
        }
      }
      if (titleFrom != null && titleFrom == fromOpening && !titleFrom.titleQuoted()) {
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
   * The words by which a reply's opening acknowledges the item it answers: 您提出的…收悉, …收到后,
   * 现答复如下, 你们… (not 提出, which a policy's 明确提出 holds too).
   */
  private static final Pattern ACKNOWLEDGEMENT = Pattern.compile("收悉|收到|如下|[您你]");

  /**
   * Whether the title the opening's key {@code k} quotes ({@code c}) is a document's the body
   * cites, not the item's the reply's title quotes ({@code titled}): that one ends in the item's
   * kind (…的建议), this one in none (…的意见), and the sentence quoting it acknowledges no item
   * ({@link #ACKNOWLEDGEMENT}), as a body's sentence on a policy does (2014年国务院办公厅印发的
   * 《…的意见》,明确要求…), not an opening (您提出的《…》收悉).
   */
  private static boolean citesADocument(String k, MotionCitation.Cited c, String titled) {
    if (MotionCitation.ofItemsTitle(titled, null) == null
        || MotionCitation.ofItemsTitle(c.title(), null) != null) {
      return false;
    }
    int from = c.titleFrom() < 0 ? 0 : k.lastIndexOf('。', c.titleFrom()) + 1;
    int to = c.titleTo() < 0 ? -1 : k.indexOf('。', c.titleTo());
    return !ACKNOWLEDGEMENT.matcher(k).region(from, to < 0 ? k.length() : to).find();
  }

  /**
   * Whether the opening names the item's kind ({@code fromOpening}) where the reply's title does
   * not: by a word of its own after the item's title it quotes (《关于…的建议》的提案), a kind the
   * session the reply's title cites may raise, while the title names it only by the word the item's
   * own title ends with ({@link #namesKindOnlyByItsTitle}).
   */
  private static boolean namedByTheOpening(TitleReader.Found official,
      MotionCitation.Cited fromTitle, MotionCitation.Cited fromOpening) {
    return fromOpening != null && fromOpening.kindNamed() && fromOpening.kind() != null
        && fromOpening.titleQuoted()
        && MotionCitation.mayBeRaisedAt(fromTitle.session(), fromOpening.kind())
        && namesKindOnlyByItsTitle(official, fromOpening.title());
  }

  /**
   * Whether the reply's title {@code official} names the item's kind only by the word that ends
   * the item's own title {@code item}, as the opening quotes it: the title holds that item's title,
   * in 《》 or not (《关于…的建议》的答复, 关于…的建议办理答复 for 《关于…的建议》), and no kind word
   * besides. A title quoting another item's title, or naming the kind outside it
   * (关于…的建议的提案答复), does not. An opening that names the kind by a word of its own
   * (《关于…的建议》的提案) then says the kind.
   */
  private static boolean namesKindOnlyByItsTitle(TitleReader.Found official, String item) {
    if (item == null || MotionCitation.ofItemsTitle(item, null) == null) {
      return false;
    }
    String title = Chars.withoutQuotationMarks(Chars.removeBlanks(
        official.compact().key.substring(official.issuerEnd(), official.end())));
    String own = Chars.withoutQuotationMarks(Chars.removeBlanks(Chars.key(item)));
    int at = title.indexOf(own);
    return at >= 0 && !MotionCitation.KIND.matcher(title.substring(0, at)
        + title.substring(at + own.length())).find();
  }

  /**
   * The kind the item's own title ends with, where the opening names the item by another word
   * ({@code 《关于…的建议》的提案}) and the salutation addresses one who raises items of the title's
   * kind, not of the opening's (a 代表, who raises 建议 and 议案, not 提案; a 委员, who raises 提案);
   * else null. Offices write both, and either may be the slip: a session the reply's title cites
   * decides where it sides with the title's word and the salutation, else a person does.
   */
  private static MotionKind titleEndsOtherwise(MotionCitation.Cited fromOpening,
      AddresseeRole role) {
    if (fromOpening == null || fromOpening.kind() == null || fromOpening.title() == null
        || role == null) {
      return null;
    }
    MotionKind ending = MotionCitation.ofItemsTitle(fromOpening.title(), null);
    return ending == null || ending == fromOpening.kind()
        || !MotionCitation.mayBeRaisedBy(role, ending)
        || MotionCitation.mayBeRaisedBy(role, fromOpening.kind()) ? null : ending;
  }

  /**
   * Whether item title {@code a} is a fuller form of {@code b}: it holds all of {@code b} and more
   * (《关于在程和鑫居进行社区养老试点的建议》 in the title, “在程和鑫居进行社区养老试点” in the opening),
   * the quotation marks inside either aside (《关于在我市开展"倡导文明祭祀"的提案》 in the title,
   * “在我市开展‘倡导文明祭祀’” in the opening).
   */
  private static boolean fullerItemTitle(String a, String b) {
    String ka = Chars.withoutQuotationMarks(Chars.removeBlanks(Chars.key(a)));
    String kb = Chars.withoutQuotationMarks(Chars.removeBlanks(Chars.key(b)));
    return ka.length() > kb.length() && ka.contains(kb);
  }

  /**
   * Whether a line at the start of a body that opens with a heading opens the answer all the same:
   * it says the item was received (收悉), or speaks to the member (您, 你) and says the answer
   * follows or names what they raised (一、关于您提出的《…》,现答复如下:, 一、您提出的《…》已转我局办理);
   * a heading of the measures (一、开展…研究设计, 一、根据《…》,主要措施如下:) and the text below it do not.
   */
  private static boolean opensTheAnswer(String key) {
    return key.contains("收悉") || (key.indexOf('您') >= 0 || key.indexOf('你') >= 0)
        && (Formulas.answerFollowsAt(key) >= 0 || key.contains("提出"));
  }

  /**
   * Whether the opening {@code c} starts with the item's title unquoted ({@link UnquotedTitle}:
   * 关于…的建议(第12号)收悉): its own words, which yield to a title or number the reply's title cites.
   */
  private static boolean opensWithUnquotedTitle(MotionCitation.Cited c) {
    return c.title() != null && c.titleFrom() == 0 && !c.titleQuoted();
  }

  /**
   * Whether sessions {@code a} and {@code b} may be the same meeting: either not known, or the
   * same term and meeting where both name them, else the same text.
   */
  private static boolean sameMeeting(Session a, Session b) {
    if (a == null || b == null) {
      return true;
    }
    return a.term().isPresent() && a.meeting().isPresent() && b.term().isPresent()
        && b.meeting().isPresent()
        ? a.term().equals(b.term()) && a.meeting().equals(b.meeting()) : a.equals(b);
  }

  /** Whether item numbers {@code a} and {@code b} may be the same: either not known, or equal. */
  private static boolean sameNumber(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  /**
   * Whether session {@code a} says more of the session {@code b} names: the same assembly (or
   * {@code b} names none) and term, and the same meeting printed at greater length in a region
   * named as fully (岳阳市九届人大四次会议 beside 市九届人大四次会议, 华容县第十七届人民代表大会第一次会议 beside
   * 华容县十七届人大一次会议; not 第五届第五次人大代表会议 beside 君山区人大五届五次会议) or a meeting
   * where {@code b} names none (区政协八届四次会议 beside 区八届政治协商会议).
   */
  private static boolean fuller(Session a, Session b) {
    if (b.assembly().isPresent() && !a.assembly().equals(b.assembly())
        || !a.term().equals(b.term())) {
      return false;
    }
    if (!a.meeting().equals(b.meeting())) {
      return b.meeting().isEmpty();
    }
    return a.region().orElse("").length() >= b.region().orElse("").length()
        && a.text().length() > b.text().length();
  }
}
