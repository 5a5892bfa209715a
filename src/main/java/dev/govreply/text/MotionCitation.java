package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.MotionKind;
import dev.govreply.model.Session;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how a title or an opening sentence cites the item answered: its kind (建议/提案/议案), number
 * (第241号, 温36号, 第652042号, as printed without 第 and 号), session (岳阳市九届人大四次会议, as printed)
 * and, in an opening, its title (《…》, “…”, or unquoted 提出的关于…的建议).
 */
final class MotionCitation {
  private MotionCitation() {}

  /**
   * What a text says about the motion; each part may be null.
   *
   * @param kind the kind named
   * @param number the number as printed
   * @param session the session read
   * @param title the motion title as printed, without brackets or quotes
   * @param titleFrom key index of the title start in the compact text, or -1
   * @param titleTo key index after the title, or -1
   * @param titleQuoted whether the title was in 《》 or quotes
   * @param badSession session-shaped text that could not be read, or null
   * @param kindNamed whether {@code kind} is read from a kind word outside the quotes around the
   *     item's title (《…》的提案, 第12号建议), not from the word a quoted title ends with
   */
  record Cited(MotionKind kind, String number, Session session, String title, int titleFrom,
      int titleTo, boolean titleQuoted, String badSession, boolean kindNamed) {}

  /**
   * The words naming the kind of a motion (read by {@link MotionKind#fromChinese}), as a regular
   * expression's alternatives: 议事原案, 建议, 提案, 议案.
   */
  static final String KIND_WORDS = "议事原案|建议|提案|议案";

  /**
   * A word naming the kind of a motion ({@link #KIND_WORDS}), not after 原: 原议案第20230037号 names
   * what the item was before it was handled as another kind (a deputies' motion that the congress
   * turned into a suggestion, 议案转建议, answered as one).
   */
  static final Pattern KIND = Pattern.compile("(?<!原)(?:" + KIND_WORDS + ")");

  /**
   * The item's number cited in brackets at the end of its quoted title, perhaps after the session,
   * the closing bracket perhaps lost: 《关于…确保粮食安全(第25号提案》, “关于…的提案(市政协十一届三次会议第80号)”.
   */
  private static final Pattern CITATION_AT_END = Pattern.compile(
      "\\((?:[^()]{2,40}?会议)?第?\\d{1,9}号(?:" + KIND_WORDS + ")?\\)?$");
  /**
   * What a pair of quotes holds when it cites the item by its number, not its title: the number and
   * kind word at its end, perhaps after the session, no 关于 phrase (《钦州市政协六届四次会议第2024067号提案》).
   */
  private static final Pattern CITED_BY_NUMBER = Pattern.compile(
      "(?!.*关于).*\\d{1,20}号(?:" + KIND_WORDS + ")");
  /** Reads a title's compact text up to key index {@code end}, from key index {@code from}. */
  static Cited fromTitle(Compact c, int from, int end) {
    String k = c.key.substring(0, end);
    SessionCitation.Found session = SessionCitation.find(c, k, from, false);
    // the motion's own title, when the reply's title quotes it: 《关于…的建议》的答复
    int[] t = bracketed(k.substring(from), '《', '》');
    if (t == null) {
      t = bracketed(k.substring(from), '“', '”');
    }
    MotionKind kind = null; // the last kind word from `from` outside the quoted title
    MotionKind quoted = null; // the last inside it (the end of the item's own title) or in 《》
    int kindEnd = -1; // where that last word outside ends
    Matcher m = KIND.matcher(k);
    while (m.find()) {
      if (m.start() >= from && !TitleKindWords.bracketedAfterKind(k, m.start(), m.end())) {
        boolean inside = t != null && m.start() >= from + t[0] && m.end() <= from + t[1];
        if (inside || TitleKindWords.inBookQuotes(k, from, m.start()) // 《于…问题建议及解决》
            || TitleKindWords.inItemsOwnTitle(k, m.start())) { // 提案(张三委员关于…的建议)
          quoted = kind(m);
        } else {
          kind = m.start() == kindEnd ? ofCompound(kind, kind(m), session.parsed()) : kind(m);
          kindEnd = m.end();
        }
      }
    }
    boolean named = kind != null;
    if (kind == null && quoted != null) {
      kind = titleEndingKind(quoted, session.parsed());
    }
    // else the item's title unquoted at the title's end: 关于…的建议的答复
    int[] cited = t != null ? new int[] {from + t[0], from + t[1]}
        : UnquotedTitle.endingTitle(k, from);
    int[] inTitle = t == null ? cited : new int[] {cited[0], titleEnd(k, cited[0], cited[1])};
    String title = inTitle == null ? null
        : TextNorm.removeLayoutSpaces(c.original(inTitle[0], inTitle[1]));
    return new Cited(kind, ItemNumber.find(c, k, from, inTitle), session.parsed(), title,
        cited == null ? -1 : cited[0], cited == null ? -1 : cited[1], t != null, session.bad(),
        named);
  }

  /** The marks an opening quotes an item's title in, in pairs, the likeliest first. */
  private static final String QUOTES = "《》“”\"\"「」";

  /**
   * Reads an opening sentence (the compact text of the body's first lines); {@code raisedAt} is
   * the session the reply's title names, or null: an item cited without a session of its own was
   * raised there ({@link #titleEndingKind}).
   */
  static Cited fromOpening(Compact c, Session raisedAt) {
    String k = c.key;
    int cut = k.indexOf("如下");
    int segEnd = cut >= 0 ? Math.min(k.length(), cut + 2) : Math.min(k.length(), 300);
    String seg = k.substring(0, segEnd);
    int[] t = null;
    for (int q = 0; q < QUOTES.length() && t == null; q += 2) { // 《》, then “”, "" and 「」
      t = bracketed(seg, QUOTES.charAt(q), QUOTES.charAt(q + 1));
    }
    boolean quoted = t != null;
    if (t == null) {
      t = UnquotedTitle.inOpening(seg);
    }
    Session s = SessionCitation.find(c, seg, 0, true).parsed();
    // the title's session where the opening cites none, or one without its assembly's name
    Session at = s == null || s.assembly().isEmpty() && raisedAt != null ? raisedAt : s;
    String title = null;
    MotionKind kind = null;
    boolean named = false; // the kind read from a word outside the quotes (Cited#kindNamed)
    int[] inTitle = null;
    if (t != null) {
      int titleEnd = quoted ? titleEnd(seg, t[0], t[1]) : t[1];
      title = TextNorm.removeLayoutSpaces(c.original(t[0], titleEnd));
      inTitle = new int[] {t[0], titleEnd};
      // the kind named right after the title: 《关于…的建议》的提案, 关于…的建议提案 are 提案; or
      // cited with the item's number after it, 《关于…的建议》(第75号提案) or (提案第75号), unless the session
      // the item was raised at tables the other kind (“关于…的提案”(第10号建议) at a CPPCC
      // session); or right before it: 提出的提案《关于…的建议》
      kind = kindAfter(seg, quoted ? t[1] + 1 : t[1]);
      int pastNumber = quoted ? pastNumber(seg, t[1] + 1) : t[1];
      if (kind == null && pastNumber > t[1] + 1) {
        MotionKind cited = kindAfter(seg, pastNumber);
        kind = cited != null && mayBeRaisedAt(at, cited) ? cited : null;
      }
      if (kind == null && quoted) { // the bracket's kind word before the number: (提案第134305号)
        Matcher n = KIND_THEN_NUMBER.matcher(seg).region(Math.min(t[1] + 1, seg.length()),
            seg.length());
        MotionKind cited = n.lookingAt() ? MotionKind.fromChinese(n.group(1)).orElse(null) : null;
        kind = cited != null && mayBeRaisedAt(at, cited) ? cited : null;
      }
      if (kind == null && quoted) {
        kind = kindBefore(seg, t[0] - 1, at);
      }
      Matcher m = KIND.matcher(seg).region(t[0], t[1]);
      named = kind != null;
      while (kind == null && m.find()) { // else the kind word that ends the title, or (提案) there
        if (m.end() == t[1] || seg.startsWith(")", m.end()) && m.end() + 1 == t[1]
            && seg.charAt(m.start() - 1) == '(') { // 《关于…的建议(提案)》: a 提案
          kind = titleEndingKind(kind(m), at);
        }
      }
    }
    Matcher m = KIND.matcher(seg);
    for (int from = 0; kind == null && m.find(from); ) {
      // else the first kind word of the opening, or the compound it starts: of the item's number
      // (第12号提案建议) or decided by the session; two kinds named together elsewhere speak of
      // items of both kinds (关于申报提案议案…的要求), and the next kind word is looked for
      Matcher next = KIND.matcher(seg).region(m.end(), seg.length());
      boolean compound = next.lookingAt();
      kind = compound ? ofCompoundAt(seg, m.start(), kind(m), kind(next), at) : kind(m);
      if (kind == null) {
        from = next.end();
        continue;
      }
      named = t == null || m.start() < t[0] || m.start() >= t[1];
    }
    String number = ItemNumber.findInOpening(c, seg, inTitle);
    if (number == null && quoted) {
      Matcher n = NUMBER_AFTER_TITLE.matcher(seg).region(t[1] + 1, seg.length());
      if (n.lookingAt()) { // 《关于…的建议》(0641): the item's number without 号
        number = c.value(n.start(1), n.end(1));
      }
    }
    return new Cited(kind, number, s, title, t == null ? -1 : t[0], t == null ? -1 : t[1], quoted,
        null, named);
  }

  /**
   * The item's number in brackets right after its quoted title, digits alone (《关于…的建议》(0641)),
   * in group 1; zero padding kept.
   */
  private static final Pattern NUMBER_AFTER_TITLE = Pattern.compile("\\((\\d{1,9})\\)");

  /**
   * The kind an item's own title names by the kind word it ends with (关于…的建议), raised at
   * {@code session} (or null when not known; {@link #titleEndingKind}); null when it ends with none.
   */
  static MotionKind ofItemsTitle(String title, Session session) {
    String k = Chars.key(title);
    Matcher m = KIND.matcher(k);
    MotionKind last = null;
    while (m.find()) {
      last = m.end() == k.length() ? kind(m) : null;
    }
    return last == null ? null : titleEndingKind(last, session);
  }

  /**
   * The kind of an item whose only kind word ends its own title (《关于…的建议》): a proposal when it
   * was raised at a CPPCC session ({@code session}), whose members table 提案, else the kind the
   * word names.
   */
  private static MotionKind titleEndingKind(MotionKind word, Session session) {
    return session != null && session.assembly().orElse(null) == Session.Assembly.CPPCC
        ? MotionKind.PROPOSAL : word;
  }

  /**
   * Whether an item of {@code kind} may have been raised at {@code session} (any when it is not
   * known): members of a CPPCC committee table proposals, deputies of a people's congress
   * suggestions and motions.
   */
  static boolean mayBeRaisedAt(Session session, MotionKind kind) {
    return session == null || session.assembly().isEmpty()
        || (session.assembly().get() == Session.Assembly.CPPCC) == (kind == MotionKind.PROPOSAL);
  }

  /**
   * Whether one addressed as {@code role} raises items of {@code kind}: a deputy (代表) of a
   * people's congress suggestions and motions, a member (委员) of a CPPCC committee proposals.
   */
  static boolean mayBeRaisedBy(AddresseeRole role, MotionKind kind) {
    return (role == AddresseeRole.MEMBER) == (kind == MotionKind.PROPOSAL);
  }

  /**
   * The first bracketed or quoted span that names the motion, as {content start, content end}, or
   * null. A span closes at its own closing mark: quotes inside it (“关于解决“停车难”的建议”) are part
   * of the title, and a span whose closing mark is missing ends the search (nothing is guessed).
   */
  private static int[] bracketed(String seg, char open, char close) {
    int a = seg.indexOf(open);
    while (a >= 0) {
      int b = closing(seg, a, open, close);
      if (b < 0) {
        return null;
      }
      if (namesMotion(seg, a + 1, b)) {
        return new int[] {a + 1, b};
      }
      a = seg.indexOf(open, b + 1);
    }
    return null;
  }

  /** Where the quoted title {@code seg[from, to)} ends: before a {@link #CITATION_AT_END}. */
  private static int titleEnd(String seg, int from, int to) {
    Matcher m = CITATION_AT_END.matcher(seg).region(from, to);
    return m.find() && m.start() > from ? m.start() : to;
  }

  /**
   * The index of the mark that closes the span opened at {@code a}, counting the spans opened
   * inside it (a quote cannot hold itself when its marks are the same character), or -1.
   */
  private static int closing(String seg, int a, char open, char close) {
    int depth = 0;
    for (int i = a + 1; i < seg.length(); i++) {
      char c = seg.charAt(i);
      if (c == close) {
        if (depth == 0) {
          return i;
        }
        depth--;
      } else if (c == open) {
        depth++;
      }
    }
    return -1;
  }

  /**
   * Whether the span {@code seg[from, to)} is the motion's title: it reads as one (关于… or …建议,
   * …提案, …议案, …意见); it is what the citation is about: 关于“硬化共渠沿河步道”的建议; or it is what
   * the member raised, the citation ending right after it (您提出的《建议麻天公路全线开通公交车》
   * (第39号)收悉, 你提出的《…旅游节点打造》建议已获悉; in 《》, the answer announced right after it:
   * 你们提出的《…》。现答复如下) or, in 《》, naming the item's kind right after
   * it (提出《在白云乡…打造苗族文化传承点》的提案, 提出的《加强耕地保护保障粮食安全》(第132号提案)),
   * or in quotes the member raised ({@link #raisedByMember}); or, in 《》, what the member raised
   * named by its kind word before it (您提出的提案《从人力资源视角…的新方向》收悉; not another's: 省政府
   * 提出的建议《…》).
   */
  private static boolean namesMotion(String seg, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    String content = seg.substring(from, to);
    if (CITED_BY_NUMBER.matcher(content).matches()) {
      return false; // the item cited by its number, not by its title
    }
    // a kind word alone is the letter's short name for the item: (以下简称《建议》)
    if (content.startsWith("关于") || endsWithKindWord(content) && content.length() > 2) {
      return true;
    }
    boolean about = false;
    for (String w : ABOUT) {
      about |= from > w.length() && seg.startsWith(w, from - 1 - w.length());
    }
    if (about && kindAfter(seg, pastNumber(seg, to + 1)) != null) {
      return true;
    }
    // 您提出的提案《…》收悉: the member raised the item, named by its kind, then its title in 《》
    boolean namedByKind = seg.charAt(from - 1) == '《'
        && raisedByMember(seg, from - 1, MEMBER_RAISED_KIND);
    if (!raisedBefore(seg, from - 1) && !namedByKind) {
      return false;
    }
    return RECEIVED_AFTER.matcher(seg).region(to + 1, seg.length()).lookingAt()
        || seg.charAt(from - 1) == '《' && raisedByMember(seg, from - 1, MEMBER_RAISED)
            && ANSWER_AFTER.matcher(seg).region(to + 1, seg.length()).lookingAt()
        || (seg.charAt(from - 1) == '《' || raisedByMember(seg, from - 1, MEMBER_RAISED))
        && KIND_AFTER.matcher(seg).region(to + 1, seg.length()).lookingAt();
  }

  /**
   * Whether the quote opening at {@code at} follows the member's own raising of it, in its clause:
   * 您 or 你(们), perhaps where (在…会议上), then the raising word (您在…会议上提出的“道路基础设施建设”的建议);
   * not another's (市委提出的“三个一批”), nor a term of the item's unquoted title (您提出的关于落实市委
   * 提出“三个一批”的建议): {@code raising} ({@link #MEMBER_RAISED}, {@link #MEMBER_RAISED_KIND}) ends
   * the clause's text before it.
   */
  private static boolean raisedByMember(String seg, int at, Pattern raising) {
    int clause = at;
    while (clause > 0 && ",。;!?:".indexOf(seg.charAt(clause - 1)) < 0) {
      clause--;
    }
    return raising.matcher(seg).region(clause, at).find();
  }

  /** The member's raising: 您 or 你(们), perhaps where (在…会议上), then 提出(的) or 所提(的). */
  private static final String RAISING =
      "[您你]们?(?:在[^,。;!?:]{0,40}?(?:上|期间|中))?(?:提出|所提)的?";

  /** The member raising what follows, ending the text before a quote ({@link #raisedByMember}). */
  private static final Pattern MEMBER_RAISED = Pattern.compile(RAISING + "$");

  /** The member raising the item named by its kind word, ending the text before its 《 (您提出的提案). */
  private static final Pattern MEMBER_RAISED_KIND = Pattern.compile(RAISING + "(?:" + KIND.pattern()
      + ")$");

  /**
   * The words before a quoted title that say the citation is about it: 关于“…”的建议, 关于要求“…”的
   * 第15号建议 (要求, the member's request, is no part of the item's name).
   */
  private static final String[] ABOUT = {"关于", "关于要求"};

  /** The words that say the member raised what follows: 提出(的), 所提(的). */
  private static final String[] RAISED = {"提出的", "提出", "所提的", "所提"};

  /** Whether {@code seg} has a word of {@link #RAISED} right before index {@code at}. */
  private static boolean raisedBefore(String seg, int at) {
    for (String w : RAISED) {
      if (at >= w.length() && seg.startsWith(w, at - w.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of a citation after its title: perhaps the kind word and the item's number in
   * brackets, then the word that it was received (收悉, 已收悉, 获悉, 收到).
   */
  private static final Pattern RECEIVED_AFTER = Pattern.compile(
      "(?:的?(?:建议|提案|议案))?(?:\\(第?\\d{1,9}号?\\))?已?(?:收悉|获悉|收到)");

  /**
   * The end of an opening that announces the answer right after the title in 《》 of what the
   * member raised ({@link #raisedByMember}: not another's, 市政府提出的《…行动方案》), the word that it
   * was received left out: perhaps the item's number in brackets, then 现(将…)答复如下
   * (你们提出的《…》。现答复如下).
   */
  private static final Pattern ANSWER_AFTER = Pattern.compile(
      "(?:\\(第?\\d{1,9}号?\\))?[,。]?现(?:将[^,。]{0,12}?)?(?:答复|回复|函复)如下");

  /**
   * The item's kind after the title in 《》 of what the member raised, after 的 or its number (的提案,
   * 第37号建议, (第132号提案)). Quotes “” may mark a term inside the item's own unquoted title
   * (提出的关于落实市委提出“三个一批”的建议), and a kind word alone follows a point of the item
   * (关于您提出的“将拱桥改为高架桥”建议): neither names the title.
   */
  private static final Pattern KIND_AFTER = Pattern.compile(
      "(?:的|\\(?第?\\d{1,9}号)(?:建议|提案|议案)");

  /**
   * The item's number between a quoted title and its kind word: 关于“…”的第15号建议, or in a
   * bracket with it, perhaps after its year: 《…的建议》(第75号提案), (2023年第75号提案), or in a
   * bracket of its own before it: 《…的建议》(20240208号)提案.
   */
  private static final Pattern NUMBER_BEFORE_KIND =
      Pattern.compile("的?第\\d{1,9}号|\\((?:\\d{4}年)?第?\\d{1,9}号\\)?");

  /**
   * The item's kind word and its number in a bracket right after its quoted title, the kind word
   * first: 《…的建议》(提案第134305号); group 1 the kind word.
   */
  private static final Pattern KIND_THEN_NUMBER =
      Pattern.compile("\\((" + KIND_WORDS + ")第?\\d{1,9}号");

  /** Where the kind word after a quoted title may start: past the item's number (的第15号). */
  private static int pastNumber(String seg, int at) {
    Matcher number = NUMBER_BEFORE_KIND.matcher(seg).region(Math.min(at, seg.length()),
        seg.length());
    return number.lookingAt() ? number.end() : at;
  }

  /**
   * The kind named right after a quoted title, at {@code at} of {@code seg}, perhaps with who
   * raised it before it (的提案, 提案, 的代表建议, 的委员提案) or after the word that the title names
   * an issue (“…”问题的提案), or null; of a compound of kind words (的建议提案) as {@link
   * #ofCompound} reads one cited at no known session: the last.
   */
  private static MotionKind kindAfter(String seg, int at) {
    int from = Math.min(at, seg.length());
    from += seg.startsWith(ISSUE, from) ? ISSUE.length() : 0;
    from += seg.startsWith("的", from) ? 1 : 0;
    for (String raiser : RAISERS) {
      if (seg.startsWith(raiser, from)) {
        from += raiser.length();
        break;
      }
    }
    Matcher m = KIND.matcher(seg).region(from, seg.length());
    if (!m.lookingAt()) {
      return null;
    }
    MotionKind word = kind(m);
    m.region(m.end(), seg.length()); // a compound of kind words (的建议提案), no session known
    return m.lookingAt() ? ofCompound(word, kind(m), null) : word;
  }

  /** The word after a quoted title that says it names an issue: 关于“…”问题的提案. */
  private static final String ISSUE = "问题";

  /** Who raised an item, as a citation may name it before its kind: 代表建议, 委员提案. */
  private static final String[] RAISERS = {"代表", "委员"};

  /**
   * The kind of a compound of two kind words ({@code first} then {@code second}: 第20180313号提案建议)
   * cited at {@code session} (null when not known): the one the session raises where it raises one
   * only, else the last.
   */
  private static MotionKind ofCompound(MotionKind first, MotionKind second, Session session) {
    return mayBeRaisedAt(session, first) && !mayBeRaisedAt(session, second) ? first : second;
  }

  /**
   * The kind of a compound of two kind words in an opening, {@code first} starting at {@code
   * start} of {@code seg} then {@code second}, cited at {@code session} (null when not known): as
   * {@link #ofCompound} reads it after the item's number (第12号提案建议) or where the session
   * decides; null where neither does, two kinds named together speaking of items of both kinds
   * (关于申报提案议案…的要求, 您提出的提案议案《…》).
   */
  private static MotionKind ofCompoundAt(String seg, int start, MotionKind first,
      MotionKind second, Session session) {
    return session == null && !afterNumber(seg, start) ? null : ofCompound(first, second, session);
  }

  /** Whether the kind word at {@code at} of {@code seg} follows an item's number (第12号提案). */
  private static boolean afterNumber(String seg, int at) {
    char before = at > 0 ? seg.charAt(at - 1) : ' ';
    return before == '号' || Chars.isAsciiDigit(before);
  }

  /**
   * The kind named right before a quoted title's opening mark at {@code open} (提案《), or null; of
   * two kind words together there (提案议案《), the kind {@link #ofCompoundAt} reads at {@code
   * session}.
   */
  private static MotionKind kindBefore(String seg, int open, Session session) {
    Matcher m = KIND.matcher(seg);
    MatchResult previous = null; // the kind word found before, or null
    while (m.find() && m.end() <= open) {
      if (m.end() == open) {
        return previous == null || previous.end() != m.start() ? kind(m)
            : ofCompoundAt(seg, previous.start(), kind(previous), kind(m), session);
      }
      previous = m.toMatchResult();
    }
    return null;
  }

  private static boolean endsWithKindWord(String content) {
    return content.endsWith("建议") || content.endsWith("提案") || content.endsWith("议案")
        || content.endsWith("意见");
  }

  /** The kind that a match of {@link #KIND} names. */
  private static MotionKind kind(MatchResult m) {
    return MotionKind.fromChinese(m.group()).orElse(null);
  }
}
