package dev.govreply.text;

import dev.govreply.internal.CharSet;
import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a reply starts below text that is not its own: a page may print the item answered (the
 * member's suggestion, a record of it) above the reply. The reply then starts at its salutation,
 * at its title right above the salutation with the marks above the title, or in a record's cell
 * of the reply (答复：您提出的…), after the reply's own number when the cell starts with it.
 */
final class ReplyStart {
  private ReplyStart() {}

  /**
   * Whether {@code s}, line {@code i}'s salutation, names an assembly (县人大：, 县政协常委会：) right
   * above a person's salutation alone on its line with its colon (张三代表：): the deputy's assembly;
   * the reply starts at the person's.
   */
  static boolean assemblyAbovePerson(Salutation.Found s, List<Line> all, int i) {
    int next = Line.nextText(all, i);
    Salutation.Found below = next < 0 ? null : all.get(next).salutation();
    return s.addressee().collective()
        && Salutation.BODY_PREFIX.matcher(s.addressee().names().get(0)).find() && below != null
        && !below.addressee().collective() && below.colon() >= 0 && below.rest() < 0;
  }

  /**
   * Whether {@code s}, line {@code i}'s salutation, names a party's central committee ({@link
   * CollectiveNames#proposingBody}: 九三学社中央：) that addresses no reply here. Such a body is the
   * addressee only right above the reply's opening: the next line that is not blank reads as body
   * text that says the item was received or is answered ({@link #saysAnswered}: “关于…的提案”收悉…),
   * and is no salutation, no person saluted by their office and no title; and the line above is no
   * salutation of its own (two parties a line each, whose joint addressees are not told). Elsewhere
   * its line names the member's party above their own salutation (九三学社中央： above 张三委员，您好！),
   * heads the proposal's text or is a reposted page's proposer line above the title.
   */
  static boolean proposerAwayFromOpening(Salutation.Found s, List<Line> all, int i) {
    if (!s.addressee().collective()
        || !CollectiveNames.proposingBody(Chars.key(s.addressee().names().get(0)))) {
      return false;
    }
    int above = Line.previousText(all, i);
    int next = Line.nextText(all, i);
    if (above >= 0 && all.get(above).salutation() != null || next < 0) {
      return true;
    }
    Line l = all.get(next);
    if (!BodyStart.looksLikeBody(l, true) || !saysAnswered(l) || l.salutation() != null
        || Salutation.bareRole(l) != null || Salutation.inOffice(l) != null
        || TitleReader.at(all, next) != null) {
      return true;
    }
    for (int j = next + 1; j < all.size(); j++) {
      Salutation.Found below = all.get(j).salutation();
      if (below != null && !below.addressee().collective()) {
        return true; // a member's own salutation below: the party's line is theirs or the page's
      }
    }
    return false;
  }

  /** Whether {@code l} says the item was received or is answered ({@link #ANSWERED}: 收悉, 答复如下). */
  private static boolean saysAnswered(Line l) {
    return ANSWERED.in(l.compactKey());
  }

  /** The first line below line {@code i} that holds a salutation, or -1. */
  static int salutationBelow(List<Line> all, int i) {
    for (int j = i + 1; j < all.size(); j++) {
      if (all.get(j).salutation() != null) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The first line below line {@code i} of a record's page where the reply starts: a line that
   * holds a salutation (perhaps after the reply's title on one line, {@link FlatStart}) or the
   * record's cell of the reply with the reply after its label ({@link
   * MetadataLabel#replyAfterLabel}: 答复：您提出的…), with the lines of the letter's class right
   * above it ({@link #withClassAbove}), or the reply's title right above its opening when the
   * reply prints no salutation (…第85号委员提案的回复 above 您们…所提《…》收悉), with the
   * lines of marks right above the title; where there is none of these, the first opening that
   * speaks to the member ({@link #addressedOpening}), else the last title with a document number
   * among the marks right above it (the letter's head, its first sentence damaged; a document the
   * member's text cites comes before it); -1 when there is none. Where line {@code i} itself
   * opens the reply ({@code openedHere}, {@link #opensTheReply}), only a salutation, a cell of the
   * reply or a titled opening below moves the start: an opening further down is the letter's
   * own sentence.
   */
  static int replyBelow(List<Line> all, int i, boolean openedHere) {
    int addressed = -1; // the first opening addressed to the member below line i, or -1
    int numbered = -1; // the last numbered head below line i (a number above a title), or -1
    for (int j = i + 1; j < all.size(); j++) {
      Line l = all.get(j);
      int cell = MetadataLabel.replyAfterLabel(l);
      if (l.salutation() != null || cell > 0 && !l.from(cell).blank() || FlatStart.of(l) != null) {
        return withClassAbove(all, i, j);
      }
      if (addressed < 0 && addressedOpening(l)) {
        addressed = j; // the member's text may quote an earlier reply: a later salutation wins
      }
      TitleReader.Found title = l.blank() ? null : TitleReader.at(all, j);
      if (title != null && openingBelow(all, title.last())) {
        return withMarksAbove(all, i, j);
      }
      int head = title == null ? -1 : withMarksAbove(all, i, j);
      if (head >= 0 && numberAmong(all, head, j)) {
        numbered = head;
      }
    }
    return openedHere ? -1 : addressed >= 0 ? addressed : numbered;
  }

  /**
   * Whether {@code l} is a reply's opening that speaks to the member without a salutation above it:
   * it starts with 您 or 你 and says the item was received (收悉) or that the answer follows (如下),
   * as a record's reply does once its cell's label (答复:) is not printed.
   */
  static boolean addressedOpening(Line l) {
    return opensToTheMember(l) && BodyStart.looksLikeBody(l, true);
  }

  /**
   * Whether {@code l} speaks to the member (您…, 你们…) and says the item was received (收悉) or
   * that the answer follows (如下).
   */
  private static boolean opensToTheMember(Line l) {
    String k = l.compactKey();
    return (k.startsWith("您") || k.startsWith("你"))
        && (k.contains("收悉") || Formulas.answerFollowsAt(k) >= 0);
  }

  /**
   * Whether {@code l} opens the reply to the member: it speaks to the member and says the item was
   * received or that the answer follows ({@link #opensToTheMember}), or it names what a member
   * raised and says it was received or is answered (对张亮委员提出的…答复如下); a page's summary of the
   * reply (结合我部…答复如下。) and the member's own text (委员提出如下建议) do neither.
   */
  static boolean opensTheReply(Line l) {
    String k = l.compactKey();
    return opensToTheMember(l)
        || RAISED_BY_MEMBER.matcher(k).find() && ANSWERED.in(k); // not 委员提出如下建议
  }

  /** The words that say the item was received or that the reply follows: 收悉, 答复如下. */
  private static final Words ANSWERED = Words.of("收悉", "答复如下", "回复如下", "函复如下");

  /** What a member or deputy raised, named by role: 张亮委员提出的, 代表们所提出的. */
  private static final Pattern RAISED_BY_MEMBER = Pattern.compile("(?:委员|代表)们?所?提出");

  /**
   * Whether the lines of marks from {@code head} to the title at {@code title} hold a document
   * number: the letter's head (A / 津教函〔2025〕225号 / 重庆市江津区教育委员会 above its title),
   * whatever its first sentence says.
   */
  private static boolean numberAmong(List<Line> all, int head, int title) {
    for (int j = head; j < title; j++) {
      List<LineMarks.Item> marks = all.get(j).marks();
      if (marks != null
          && marks.stream().anyMatch(m -> m.kind() == LineMarks.Kind.DOCUMENT_NUMBER)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first line below line {@code i} that is not blank is a reply's opening. */
  private static boolean openingBelow(List<Line> all, int i) {
    for (int j = i + 1; j < all.size(); j++) {
      Line l = all.get(j);
      if (!l.blank()) {
        return BodyStart.looksLikeBody(l, true) && Formulas.hasOpeningWords(l.text());
      }
    }
    return false;
  }

  /**
   * Where a reply starts below line {@code i}, or -1: its title right above its salutation (page
   * metadata between them, such as a line of the page's source and date, read past), and the
   * lines of marks (class, number, the issuer's name) right above the title; without a
   * salutation, the title right above the opening ({@link #titleAboveOpening}). A page that
   * prints the item answered (the member's suggestion) above the reply has such a start below
   * text.
   */
  static int titledBelow(List<Line> all, int i) {
    int sal = salutationBelow(all, i);
    if (sal < 0) {
      return titleAboveOpening(all, i);
    }
    int above = sal - 1;
    // a page may print its source and date under the headline (来源：… 时间：…), the letter its
    // marks and date, a record the label of its cell of the reply (答复:)
    while (above > i && betweenTitleAndSalutation(all.get(above))) {
      above--;
    }
    int title = -1; // the first line of the longest title that ends right above
    for (int t = Math.max(i + 1, above - TITLE_REACH); t <= above && title < 0; t++) {
      TitleReader.Found f = t == above || !all.get(t).blank() ? TitleReader.at(all, t) : null;
      if (f != null && f.last() == above) {
        title = t;
      }
    }
    if (title < 0) {
      return cellAbove(all, i, sal);
    }
    return withMarksAbove(all, i, title);
  }

  /**
   * Where a reply without a salutation starts below line {@code i}: its title right above the
   * opening that speaks to the member ({@link #opensTheReply}: 对…第3511号建议的答复 above
   * 您提出的“…”…答复如下:), within {@link #TITLE_REACH} lines of text, with the lines of marks right
   * above the title; else -1. A news page's headline and lead above it are the page's (corpus lv
   * 6604); a line that speaks to the member above it has opened the letter already, and the title
   * below is another's (an earlier reply it quotes).
   */
  private static int titleAboveOpening(List<Line> all, int i) {
    for (int j = i, seen = 0; j >= 0 && seen <= TITLE_REACH; j = Line.nextText(all, j), seen++) {
      if (opensTheReply(all.get(j))) {
        return -1;
      }
      TitleReader.Found title = j == i ? null : TitleReader.at(all, j);
      int next = title == null ? -1 : Line.nextText(all, title.last());
      if (next > 0 && opensTheReply(all.get(next))) {
        return withMarksAbove(all, i, j);
      }
    }
    return -1;
  }

  /**
   * Where a reply without a title starts below line {@code i}: a record's label of its cell of
   * the reply alone (主办部门答复意见), with nothing but the letter's marks between it and the
   * salutation at {@code sal} (B类); else -1.
   */
  private static int cellAbove(List<Line> all, int i, int sal) {
    for (int j = sal - 1; j > i; j--) {
      Line l = all.get(j);
      if (MetadataLabel.replyCellAlone(l)) {
        return j;
      }
      if (!l.blank() && l.marks() == null) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether {@code l} may stand between a reply's title and its salutation: a blank line, the
   * page's metadata, the letter's marks (某交函〔2024〕12号, 办理结果:A类, its body's name, 签发人:王五),
   * its date alone ((2024年5月31日)), or a record's label of its cell of the reply alone (答复:).
   */
  private static boolean betweenTitleAndSalutation(Line l) {
    return l.blank() || l.pageMetadata() || l.marks() != null || l.shortDate() || dateAlone(l)
        || MetadataLabel.replyCellAlone(l);
  }

  /** Whether {@code l} is a whole date alone, perhaps in brackets: (2024年5月31日). */
  private static boolean dateAlone(Line l) {
    String k = l.compactKey();
    int from = k.startsWith("(") ? 1 : 0;
    int to = k.endsWith(")") ? k.length() - 1 : k.length();
    DateText.Found d = DateText.inKey(k.substring(from, Math.max(from, to)));
    return d != null && d.date() != null && d.start() == 0 && d.end() == to - from;
  }

  /**
   * The first of the lines of marks (class, number, the issuer's name) right above the reply's
   * title at {@code title}, below line {@code i}; the title's when there are none.
   */
  private static int withMarksAbove(List<Line> all, int i, int title) {
    int start = title;
    for (int j = title - 1; j > i && (all.get(j).blank() || all.get(j).marks() != null); j--) {
      if (!all.get(j).blank()) {
        start = j;
      }
    }
    return start;
  }

  /**
   * The first of the lines of the letter's class right above the start of a reply without a title
   * at {@code start} (its salutation or its record's cell), below line {@code i}; the start when
   * there are none: A类 above 王五代表：, 类别标记: B above 复函: 陈坚代表:. Other marks there (a
   * body's name, a number, a signer) may end the record's text of the item (its raisers' body,
   * its own number) and stay the record's.
   */
  private static int withClassAbove(List<Line> all, int i, int start) {
    int first = start;
    for (int j = start - 1; j > i && (all.get(j).blank() || classAlone(all.get(j))); j--) {
      if (!all.get(j).blank()) {
        first = j;
      }
    }
    return first;
  }

  /** Whether {@code l} is a line of marks that are all of the result's class. */
  private static boolean classAlone(Line l) {
    List<LineMarks.Item> marks = l.marks();
    return marks != null && marks.stream().allMatch(m -> m.kind() == LineMarks.Kind.RESULT_CLASS);
  }

  /** The most lines a title spans, blank lines between its parts included. */
  private static final int TITLE_REACH = 6;

  /**
   * The reply in a record's cell ({@code cell}) after the reply's own document number that starts
   * it, that number applied as the reply's mark in {@code d}; the cell as it is when it starts
   * otherwise. The number is the reply's own when nothing follows it but the reply's start: an
   * opening that announces the answer (办理复文(摘要): 泸水函〔2024〕54号复文如下:), the salutation
   * or the title; one cited in a sentence (泸政办发〔2023〕8号明确,…) is not.
   */
  static Line afterOwnNumber(Line cell, Draft d) {
    Matcher m = LineMarks.DOCUMENT_NUMBER.matcher(cell.key());
    if (!m.lookingAt()) {
      return cell;
    }
    Line number = cell.part(0, m.end());
    List<LineMarks.Item> marks = number.marks();
    if (marks == null || marks.size() != 1
        || marks.get(0).kind() != LineMarks.Kind.DOCUMENT_NUMBER) {
      return cell;
    }
    String t = cell.text();
    int rest = m.end();
    while (rest < t.length()
        && (Chars.isBlank(t.charAt(rest)) || ",，:：".indexOf(t.charAt(rest)) >= 0)) {
      rest++;
    }
    Line reply = cell.from(rest);
    if (!reply.blank() && !answers(reply) && reply.salutation() == null
        && FlatStart.of(reply) == null && TitleReader.at(List.of(reply), 0) == null) {
      return cell;
    }
    d.applyMarks(number, marks, false);
    if (rest > m.end()) {
      d.ctx.markup(cell.number(), t.substring(m.end(), rest));
    }
    return reply;
  }

  /** The most chars before 如下 in an opening that announces the answer right away (复文如下:). */
  private static final int ANSWER_REACH = 12;

  /** What ends a sentence or a clause: no opening that announces the answer holds one. */
  private static final CharSet CLAUSE_ENDS = CharSet.of("。，,；;！!？?");

  /**
   * Whether {@code l} starts with an opening that announces the answer (复文如下:, 现答复如下:):
   * 如下 within {@value #ANSWER_REACH} chars, no sentence's or clause's end before it.
   */
  static boolean answers(Line l) {
    String t = l.text();
    int at = Formulas.answerFollowsAt(t);
    return at >= 0 && at <= ANSWER_REACH && CLAUSE_ENDS.firstIn(t, 0, at) == at;
  }
}
