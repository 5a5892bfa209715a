package dev.govreply.text;

import dev.govreply.internal.CharSet;
import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import dev.govreply.model.ChineseNumerals;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.MotionKind;
import dev.govreply.model.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session (会议) a title or an opening sentence cites its item at, as printed (岳阳市九届人大四次会议,
 * 政协内蒙古自治区第十二届委员会第三次会议): the text from the words a citation puts before the session
 * (关于对, 在, 向…) to the meeting's 会议, read by {@link Session#parse}; text shaped like a session
 * that cannot be read is kept as such, for a finding.
 */
final class SessionCitation {
  private SessionCitation() {}

  /**
   * The words a cited session follows: 关于(对)…会议, 对…会议, 在…会议上, 答复…会议, 关于回复…会议, 在年初召开的…会议上,
   * 向…会议提交, 关于办理…会议, 关于反馈…会议, 您提出的…会议代表建议.
   */
  private static final String[] MARKERS = {"关于对", "关於", "关于", "对", "在", "答复", "回复",
      "召开的", "向", "办理", "协办", "会办", "反馈", "提出的", "所提的"};

  /** Those a reply addresses, named as who raised the item: 你们, 您, 贵代表. */
  private static final String ADDRESSED = "[您你]们?|贵代表|贵委员";

  /**
   * Those addressed right before the session, at the start of an opening that opens with it or
   * after a marker (你们晋宁区…会议上提出的, 关于您人大…会议上提交的).
   */
  private static final Pattern ADDRESSED_FIRST = Pattern.compile(ADDRESSED);

  /**
   * An item raised, perhaps by those addressed and together (你们联合提出, 贵代表所提): what follows a
   * session that raised the item.
   */
  private static final String RAISED_BY =
      "(?:" + ADDRESSED + ")?(?:联合|联名|共同)?(?:提出|所提|提交)";

  /**
   * Where the item raised at the session the text {@code k} opens with from {@code from} is cited
   * up to, or -1 when the text does not open with the session whose 会议 starts at
   * {@code meeting} (the caller refuses one that another session follows, {@link
   * #anotherSessionAfter}: 县十七届人大五次会议您提出的同类建议已答复。对您在县十八届人大一次会议上提出的…, which
   * is the item's is not said), the item raised at it cited right after (政协内蒙古自治区第十二届委员会第三次会议的集体
   * 提案《…》, 区政协第十六届第一次会议提出的《…》): nothing before the session, no 的 in it.
   */
  private static int opensWithSession(String k, int from, int meeting) {
    if (!absentBefore(k, '的', from, meeting) || !absentBefore(k, ',', from, meeting)) {
      return -1;
    }
    Matcher m = RAISED_AT.matcher(k).region(meeting + 2, k.length());
    return m.lookingAt() ? m.end() : -1;
  }

  /**
   * Whether the item raised at a session, cited up to {@code raised} ({@link #RAISED_AT}), is
   * cited by its title right after (a quote or bracket opening: 县十八届人大一次会议您提出的《…》): the
   * item the opening answers, whatever it cites later.
   */
  private static boolean citesTheTitle(String k, int raised) {
    int at = k.startsWith("的", raised) ? raised + 1 : raised; // 提出的《…》
    return at < k.length() && TITLE_OPENS.indexOf(k.charAt(at)) >= 0;
  }

  /** What opens an item's title, as key chars. */
  private static final String TITLE_OPENS = "《“\"「";

  /**
   * Whether {@code k} cites from {@code from} on another item raised at another session than
   * {@code session} ({@link #RAISED_AT_SESSION}: a term's and a meeting's numbers, and the item
   * raised there after them, 对您在县十八届人大一次会议上提出的《…》): then which session is the
   * item's is not said. A meeting that raised no item (县十八届人大常委会第十二次会议审议的, 局党组2024年
   * 第5次会议), or one of the same term and meeting however worded (县第十八届人民代表大会第一次会议期间
   * 提出), is no other; nor is any when the numbers of {@code session} are not known.
   */
  private static boolean anotherSessionAfter(String k, String session, int from) {
    Session first;
    try {
      first = Session.parse(session);
    } catch (MalformedValueException e) {
      return false;
    }
    if (first.term().isEmpty() || first.meeting().isEmpty()) {
      return false;
    }
    Matcher m = RAISED_AT_SESSION.matcher(k).region(from, k.length());
    while (m.find()) {
      try {
        if (ChineseNumerals.parse(m.group(1)) != first.term().getAsInt()
            || ChineseNumerals.parse(m.group(2)) != first.meeting().getAsInt()) {
          return true;
        }
      } catch (MalformedValueException e) {
        // numbers that cannot be read say nothing
      }
    }
    return false;
  }

  /**
   * A session's term (group 1) and meeting (group 2) numbers, and an item raised at it after
   * them: 十八届人大一次会议上提出, 第十八届人民代表大会第一次会议期间所提, 十八届人大一次会议第12号; not a
   * meeting of the standing committee (十八届人大常委会第五次会议) or of a session's presidium
   * (十八届人大一次会议主席团第二次会议), which raise no items.
   */
  private static final Pattern RAISED_AT_SESSION = Pattern.compile(
      "第?([一二三四五六七八九十\\d]{1,3})届(?:(?!会议|常委|主席团)[^,。;:]){0,10}?"
          + "第?([一二三四五六七八九十\\d]{1,3})次会议"
          + "(?:上|期间)?(?:" + RAISED_BY + "|第\\d)");

  /** Whether {@code c} is not in {@code k} between {@code from} and {@code to}. */
  private static boolean absentBefore(String k, char c, int from, int to) {
    int i = k.indexOf(c, from);
    return i < 0 || i >= to;
  }

  /**
   * What follows a session that an opening starts with: the item raised at it, perhaps by those
   * addressed, together (省十二届人大四次会议你们联合提出的《…》).
   */
  private static final Pattern RAISED_AT = Pattern.compile(
      "上?(?:" + RAISED_BY + "|的(?:集体)?(?:提案|建议|议案))");

  /**
   * The item raised at a session, cited right after it: 上提出, 提交的, 期间所提, 的提案, 第12号, 代表
   * 第12号, 74建议.
   */
  private static final Pattern ITEM_AFTER = Pattern.compile("上?(?:期间)?(?:" + RAISED_BY
      + "|的?(?:集体)?(?:提案|建议|议案)|(?:代表|委员)?第?\\d{1,12}(?:号|(?=提案|建议|议案)))");

  /** The quotes and brackets that may open what a session starts (key chars). */
  private static final String OPENING_MARKS = "“\"《(【[〔";

  /**
   * The punctuation that ends a clause, and the quotes and brackets that close what they quote,
   * as key chars: a session starts after it (提出的《…的建议》(市人大六届二次会议第182号建议): the
   * item's title is closed before the session).
   */
  private static final String CLAUSE_BREAKS = ",。;:!?、”’》)】]〕」』";

  /** The most key chars from a body's name ending in 会议 to the meeting's 次会议 after it. */
  private static final int MEETING_AFTER_NAME = 20;

  /**
   * Whether the bracket at {@code i} of the key {@code k} is one of the pair a form prints around
   * the blank a term's or meeting's numeral fills in, part of the session ({@code 第(十九)届},
   * {@code 第(三)次}): a numeral between them, 届 or 次 right after.
   */
  private static boolean aroundFilledNumeral(String k, int i) {
    char c = k.charAt(i);
    int open = c == '(' ? i : c == ')' ? k.lastIndexOf('(', i) : -1;
    int close = open < 0 ? -1 : k.indexOf(')', open);
    if (open < 0 || close < 0 || close < i || close == open + 1 || close + 1 >= k.length()
        || "届屆次".indexOf(k.charAt(close + 1)) < 0) {
      return false;
    }
    for (int j = open + 1; j < close; j++) {
      if (!ChineseNumerals.isNumeralChar(k.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the key {@code k} names a term (届) between {@code from} and {@code to}. */
  private static boolean namesTerm(String k, int from, int to) {
    int at = k.indexOf('届', from);
    return at >= 0 && at < to;
  }

  /** Whether {@code k} holds a year (four digits and 年) at {@code i}. */
  private static boolean isYear(String k, int i) {
    for (int j = i; j < i + 4; j++) {
      if (k.charAt(j) < '0' || k.charAt(j) > '9') {
        return false;
      }
    }
    return k.charAt(i + 4) == '年';
  }

  /**
   * The session cited: its parse, or the text that names a meeting but is no session (bad);
   * both null when none is cited.
   *
   * @param bad session-shaped text that could not be read, or null
   * @param parsed the session read, or null
   */
  record Found(String bad, Session parsed) {}

  private static final Found NONE = new Found(null, null);

  /**
   * A session a title cites without the word 会议, right before the item: a term of an assembly
   * without its meeting before the item's number, perhaps after who raised it (the end of
   * 泗县第十八届人民代表大会 or 东区十一届人大 in …第132号建议, of 十三届全国人大 in …代表第8268号建议, of
   * 县政协第九届委员会 in …第33号提案), or a term and its meeting without 会议
   * before the item's number, its title or those who raised it (政协十一届五次《…的提案》,
   * 市政协八届一次委员第094号提案); not a meeting of the standing committee (常委, 常务委员会), of the
   * chair (主席, 主席团) or one named with its 委员会议 or 代表大会, which this form does not cite. The
   * assembly's name before the term is {@link Session#parse}'s to check.
   */
  private static final Pattern CITED_WITHOUT_MEETING_WORD = Pattern.compile(
      "[〇零一二三四五六七八九十\\d](?:届[^,。;:第\\d]{0,4}?(?:人民代表大会|人大|政协)(?:委员会)?|届委员会)"
          + "(?=(?:代表|委员)?第?\\d{1,9}号)"
          + "|[〇零一二三四五六七八九十\\d]届(?:(?!会议|常委|常务|主席)[^,。;:第\\d]){0,6}?"
          + "第?[〇零一二三四五六七八九十\\d]{1,3}次(?=第?\\d{1,9}号|[《“\"]|委员(?!会)|代表(?!大会))");

  /**
   * Where the session cited in {@code k} from {@code from} ends, or -1: after the meeting's 会议
   * (of 政治协商会议第四次会议, the meeting's, not the body's name's, which without a term before
   * it is no session), or, where {@code termAlone}, after a session cited without 会议 before it
   * ({@link #CITED_WITHOUT_MEETING_WORD}): a title's
   * citation, not an opening's, whose sentences cite other items and documents so (按照县第十八届
   * 人民代表大会第3号决议, 与县政协第九届委员会第12号提案内容相近).
   */
  private static int sessionEnd(String k, int from, boolean termAlone) {
    int meeting = k.indexOf("会议", from);
    // 政治协商会议第四次会议: the body's full name holds 会议 before the meeting's own
    int next = meeting < 0 ? -1 : k.indexOf("会议", meeting + 2);
    if (next > 0 && next - meeting <= MEETING_AFTER_NAME && k.startsWith("次", next - 1)
        && k.lastIndexOf('号', next) < meeting) {
      meeting = next;
    } else if (meeting >= 4 && k.startsWith("政治协商", meeting - 4)
        && k.lastIndexOf('届', meeting) < from) {
      meeting = -1; // the body's name, no term before it (区八届政治协商会议) and no meeting of
      // its own after it (中国人民政治协商会议砚山县第十届委员会第181号)
    }
    Matcher term = termAlone ? CITED_WITHOUT_MEETING_WORD.matcher(k).region(from, k.length()) : null;
    if (term != null && term.find() && (meeting < 0 || term.end() <= meeting)) {
      return term.end();
    }
    return meeting < 0 ? -1 : meeting + 2;
  }

  /**
   * The session cited in the key {@code k} of the compact text {@code c}, from key index {@code
   * from}: the meeting (…会议), or in a title ({@code needMarker} false) a term cited without it
   * before the item's number ({@link #sessionEnd}), after the words a citation puts before it
   * ({@link #MARKERS}), or, where {@code needMarker} is false or an opening starts with the
   * session, from {@code from}.
   */
  static Found find(Compact c, String k, int from, boolean needMarker) {
    int end = sessionEnd(k, from, !needMarker);
    if (end < 0) {
      return NONE;
    }
    int last = end - 2; // the session's last word: its 会议, or its assembly's (人大, 大会, 员会)
    int start = -1;
    for (String marker : MARKERS) {
      int at = k.lastIndexOf(marker, last);
      if (at >= from && at + marker.length() <= last && at + marker.length() > start) {
        start = at + marker.length();
      }
    }
    boolean marked = start >= 0; // a citation's words before the session, nothing between
    if (start < 0) {
      int raised = needMarker ? opensWithSession(k, from, last) : -1;
      if (needMarker && (raised < 0 || !citesTheTitle(k, raised)
          && anotherSessionAfter(k, k.substring(from, end), end))) {
        return NONE; // no session the text opens with; or one, and another item's cited after it
      }
      start = from;
    }
    Matcher who = ADDRESSED_FIRST.matcher(k).region(start, last);
    if (who.lookingAt()) { // the session after who raised the item at it: 你们晋宁区…会议上提出的,
      start = who.end(); // 关于您人大十七届一次会议上提交的
    }
    // a clause ends, a quote closes or a quote or bracket opens between the marker and the
    // session, which starts after it: 办理工作,政协第十三届…会议; 关于“银川市政协十三届二次会议第103号
    // 提案”的答复; “…的建议”建议(市十八届人大三次会议第24号)
    for (int i = last - 1; i >= start; i--) {
      if (aroundFilledNumeral(k, i)) {
        continue;
      }
      if (CLAUSE_BREAKS.indexOf(k.charAt(i)) >= 0 || OPENING_MARKS.indexOf(k.charAt(i)) >= 0) {
        start = i + 1;
        marked = false;
        break;
      }
    }
    if (start + 5 <= last && isYear(k, start) && namesTerm(k, start + 5, last)) {
      // 2018年清原满族自治县政协七届一次会议: the year is the title's, not the session's; a session
      // named by its year alone (2019年市人大会议) keeps it
      start += 5;
    }
    if (end - start < 4 || end - start > 40) {
      return NONE;
    }
    String text = c.value(start, end);
    try {
      Session s = Session.parse(text);
      if (s.meeting().isPresent() && s.term().isEmpty() || ordinalWordLost(text)
          || s.assembly().isEmpty() && !(marked && ITEM_AFTER.matcher(k).region(end,
              k.length()).lookingAt())) {
        // a meeting without its term (市人大三次会议, 县政协十五次会议), or a numeral without its 届
        // or 次 (区政协十四会议): lost in print, as damaged as a session that cannot be read
        // (市六届人大三次会议, 县政协十五届一次会议); so is a session without its assembly's name
        // but where the words of a citation stand right before it and the item raised there
        // right after it (在区十五届三次会议上提出的, 对市二十届四次会议第12号建议): perhaps the end of a
        // session whose start was lost (市政协十 / 四届一次会议), or another body's meeting
        // (按照县十五届三次会议精神)
        return needMarker ? NONE : new Found(text, null);
      }
      return new Found(null, s);
    } catch (MalformedValueException e) {
      return needMarker ? NONE : new Found(text, null);
    }
  }

  /** The numerals of a session's ordinals: 十五, 3. */
  private static final String NUMERALS = "〇零一二三四五六七八九十百0123456789";
  /**
   * The units of a Chinese numeral: 十四 is one numeral, where 八一 may be two whose 届 was lost
   * (政协八一次会议 of 政协八届一次会议).
   */
  private static final String NUMERAL_UNITS = "十百";
  /**
   * The characters of a session's ordinals, which a damaged print loses: 第七届…第五次 → 第届…第次,
   * 十五届一次 → 十五次, 十四届一次 → 十四.
   */
  private static final CharSet ORDINALS = CharSet.of(NUMERALS + "第届次");

  /**
   * Whether a numeral stands right before the 会议 that ends {@code text} (区政协十四会议, 市人大3会议):
   * an ordinal whose 届 or 次 the print lost, which no session is named by (a term's 届 or a
   * meeting's 次 follows its numeral; 2019年市人大会议 is named by its year).
   */
  private static boolean ordinalWordLost(String text) {
    int meeting = text.lastIndexOf("会议");
    return meeting > 0 && meeting + 2 == text.length()
        && NUMERALS.indexOf(text.charAt(meeting - 1)) >= 0;
  }

  /** The words of an assembly and its committees, which no place's name holds. */
  private static final Words ASSEMBLY_WORDS = Words.of("人大", "政协", "代表大会", "委员会", "常务",
      "常委");

  /**
   * Whether the session-shaped text {@code bad}, which could not be read, is {@code whole} with
   * only its ordinals and its place's name lost. Their keys (blanks aside) are compared from the
   * first place in {@code whole} that holds the damaged text's first character: what stands
   * before it is the place's name (Han characters, none of them an ordinal's or of an assembly's
   * words: {@link #ASSEMBLY_WORDS}); after it, {@code whole} may have characters of ordinals the
   * damaged text lost ({@link #ORDINALS}: numerals, 第, 届, 次), though never inside a numeral with
   * its unit the damaged text prints (十四 is not 十 of 十五届 and 四 of 四次), the damaged text
   * may have a 第 that {@code whole} has not (a form's 第 whose numeral was lost), and nothing else
   * differs, to the end. So 新乐市第届人民代表大会第次会议 is 新乐市第七届人民代表大会第五次会议, 县八届政协第次会议 is
   * 清原满族自治县八届政协第二次会议, 区十九届人大第次会议 is 区十九届人大四次会议 and 区政协十四会议 is
   * 区政协十四届一次会议; another body (县 for 市), a committee's meeting, a term lost before the
   * damaged text (人大次会议 of 市十一届人大一次会议) or characters added elsewhere make another
   * session.
   */
  static boolean lostFrom(String bad, Session whole) {
    String b = Chars.removeBlanks(Chars.key(bad));
    String w = Chars.removeBlanks(Chars.key(whole.text()));
    if (b.isEmpty() || b.equals(w)) {
      return false;
    }
    int j = w.indexOf(b.charAt(0));
    if (j < 0 || ASSEMBLY_WORDS.in(w.substring(0, j))) {
      return false;
    }
    for (int k = 0; k < j; k++) {
      if (!Chars.isHan(w.charAt(k)) || ORDINALS.contains(w.charAt(k))) {
        return false; // only the place's name may be lost before it, not a term's ordinal
      }
    }
    for (int i = 0; i < b.length(); i++) {
      int at = j;
      boolean inNumeral = i > 0 && NUMERALS.indexOf(b.charAt(i - 1)) >= 0
          && NUMERALS.indexOf(b.charAt(i)) >= 0 && (NUMERAL_UNITS.indexOf(b.charAt(i - 1)) >= 0
          || NUMERAL_UNITS.indexOf(b.charAt(i)) >= 0); // one numeral with its unit stays whole: 十四
      while (!inNumeral && at < w.length() && w.charAt(at) != b.charAt(i)
          && ORDINALS.contains(w.charAt(at))) {
        at++; // an ordinal's character, lost
      }
      if (at < w.length() && w.charAt(at) == b.charAt(i)) {
        j = at + 1;
      } else if (b.charAt(i) != '第') { // a form's 第 before the numeral lost: 第次会议 of 四次会议
        return false;
      }
    }
    return j == w.length();
  }

  /**
   * Whether the session {@code whole}, cited with the item's number {@code number} and kind {@code
   * kind} (null where not named) by a copy of the document's title or a record of the item,
   * repairs the session the document's own title {@code own} prints damaged: the number the
   * document is known to cite ({@code cited}) is the same, the kinds do not differ, the damaged
   * session has only lost characters of it ({@link #lostFrom}), and no other citation of the
   * same number ({@code others}: the page's copies of the title, a record) names another session.
   */
  static boolean repairs(MotionCitation.Cited own, String cited, Session whole, String number,
      MotionKind kind, List<MotionCitation.Cited> others) {
    return cited != null && cited.equals(number)
        && (own.kind() == null || kind == null || own.kind() == kind)
        && lostFrom(own.badSession(), whole)
        && others.stream().noneMatch(c -> number.equals(c.number()) && c.session() != null
            && !c.session().equals(whole));
  }

  /**
   * The citations of the item other than the document's own: each of the page's copies of its
   * title ({@code copies}), and a record of the item (its number and session; null where it
   * states none).
   */
  static List<MotionCitation.Cited> citations(List<TitleReader.Found> copies, String number,
      Session session) {
    List<MotionCitation.Cited> out = new ArrayList<>();
    copies.forEach(c -> out.add(MotionCitation.fromTitle(c.compact(), c.issuerEnd(), c.end())));
    out.add(new MotionCitation.Cited(null, number, session, null, 0, 0, false, null, false));
    return out;
  }
}
