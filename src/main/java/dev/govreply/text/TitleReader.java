package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.ResultClass;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a title (标题): 对…第N号建议的答复, 关于对…的答复, …答复函, …复函, …回复, …办理意见的函,
 * 《…》的答复, possibly preceded by the issuer (平江县人民政府 对…), followed by bracketed extras ((B),
 * [浙交建〔2018〕101号]) and split over up to three lines (…的 / 答 复). A line that starts a title of
 * its own (关于…, 对…, 《…, possibly after the issuer) is never the continuation of the line above: a
 * page's title above the document (…的答复 - 某某县人民政府门户网站) does not swallow the document's
 * title.
 */
final class TitleReader {
  private TitleReader() {}

  /**
   * A title found.
   *
   * @param first index (0-based) of its first line in the line list
   * @param last index of its last line
   * @param compact the compact form of its lines (glosses stripped)
   * @param end key index where the title text ends (before the extras)
   * @param issuerEnd key index where an issuer prefix ends, or 0 when there is none
   * @param title the title as printed, layout spaces removed (a joint letter's bodies kept apart)
   * @param issuer the issuer printed before the title, or null
   * @param extras the extras after it
   * @param spaced whether layout spaces were removed
   */
  record Found(int first, int last, Compact compact, int end, int issuerEnd, String title,
      String issuer, List<TitleExtra> extras, boolean spaced) {}

  static final Words ENDS = Words.of("答复函", "答复意见", "答复", "复函", "回复", "回函", "的函",
      "办理意见", "主办意见", "会办意见", "会办工作的意见", "协办意见", "办理情况", "复文", "情况报告",
      "情况的报告", "答复报告", "答复的报告");
  /**
   * A result class in brackets right before the title's last words (…办理情况(A)的函), in key form;
   * the class in group 1.
   */
  private static final Pattern CLASS_BEFORE_END =
      Pattern.compile("\\(([A-D]\\d?)类?\\)(?=的?(?:函|答复|复函|回复|答复函)$)");

  /** What may follow the end of a title: the summary (摘要) of a reply published instead of it. */
  private static final String SUMMARY = "摘要";
  private static final Words STARTS = Words.of("关于", "对", "关於", "《");

  /** The most characters of a title, on one line: one may quote an item's whole text as its title. */
  private static final int LONGEST = 200;

  /** The title starting at line index {@code i} of {@code all}, or null. */
  static Found at(List<Line> all, int i) {
    if (!Chars.weightAtMost(all.get(i).text(), LONGEST)) {
      return null; // a title is never that long
    }
    List<Line> parts = new ArrayList<>(3);
    parts.add(all.get(i));
    Compact first = Compact.of(parts, true);
    Found f = tryParts(first, i, i);
    if (f != null || !canStart(first.key)) {
      return f;
    }
    int blanks = 0;
    for (int j = i + 1; j < all.size() && parts.size() < 3; j++) {
      Line l = all.get(j);
      if (Chars.isBlank(l.text())) {
        if (++blanks > 2) {
          break;
        }
        continue;
      }
      String k = Compact.of(l, true).key;
      if (!canContinue(l, k) || canStart(k)) {
        break; // a line that starts a title of its own does not continue this one
      }
      parts.add(l);
      f = tryParts(Compact.of(parts, true), i, j);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /**
   * True when a line with the compact key {@code k} starts a title of its own: a short line
   * without 。 or colon that starts with 关于, 对, 关於 or 《, possibly after the issuer's name.
   */
  private static boolean canStart(String k) {
    return k.length() >= 2 && k.length() <= 80 && !TitleStops.holdsStopOrColon(k)
        && titleStart(k) >= 0;
  }

  /** True when {@code l}, with the compact key {@code k}, may continue a title. */
  private static boolean canContinue(Line l, String k) {
    return k.length() <= 60 && !TitleStops.holdsStopOrColon(k)
        && l.salutation() == null && l.marks() == null;
  }

  /** Key index where 关于/对 starts the title proper (after an issuer prefix), or -1. */
  static int titleStart(String k) {
    int best = STARTS.indexIn(k, 0);
    if (best == 0) {
      return 0;
    }
    if (best > 0 && OrgNames.isName(k.substring(0, best))) {
      return best;
    }
    return -1;
  }

  /** The title of the line parts compacted in {@code c} (lines {@code first} to {@code last}). */
  private static Found tryParts(Compact c, int first, int last) {
    List<Line> parts = c.parts;
    String k = c.key;
    int end = k.length();
    List<TitleExtra> extras = new ArrayList<>(1);
    int noteEnd = -1; // where a note on the reply after the title's last words ends, or -1
    int[] item = itemTitleAfter(k);
    if (item == null) {
      item = bracketedItemTitle(c, k.length());
    }
    if (item != null) { // …第77号提案的答复函《关于…的建议》: the item's own title after the reply's
      extras.add(itemTitle(c, item, end));
      end = item[0];
    }
    while (end > 0 && ")]】〕".indexOf(k.charAt(end - 1)) >= 0) {
      int open = lastOpen(k, end - 1);
      if (open < 0) {
        break;
      }
      Object v = TitleExtra.valueOf(c, open + 1, end - 1);
      int split = v == null ? numberBeforeClass(c, open + 1, end - 1) : -1;
      if (split > 0) { // …的答复(岳财字〔2024〕40号A1类): the reply's number and class
        extras.add(0, new TitleExtra(TitleExtra.valueOf(c, split, end - 1), split, end, split,
            end - 1));
        extras.add(0, new TitleExtra(TitleExtra.valueOf(c, open + 1, split), open, split, open + 1,
            split));
        end = open;
        continue;
      }
      if (v == null && noteEnd < 0 && extras.isEmpty() && note(k, open + 1, end - 1)) {
        noteEnd = end; // …的再次答复(跟踪办理情况): a note on the reply, printed as its title's part
        end = open;
        continue;
      }
      if (v == null) {
        break;
      }
      extras.add(0, TitleExtra.inBrackets(v, open, end));
      end = open;
    }
    int[] before = item == null && end < k.length() ? itemTitleAfter(k.substring(0, end)) : null;
    if (before == null && item == null && end < k.length()) { // …的答复(关于…的建议)(第15号)
      before = bracketedItemTitle(c, end);
    }
    if (before != null) { // …的答复|关于…的建议 (农办议〔2020〕111号): the item's title before extras
      extras.add(0, itemTitle(c, before, end));
      end = before[0];
    }
    Matcher cited = NUMBER_AFTER_TITLE.matcher(k).region(0, end);
    if (cited.find() && (cited.group(1) != null || setOffByBlank(c, cited.start()))) {
      // …代表建议的答复:第3号, …委员提案答复 第35号: the item's number after the title
      TitleExtra.CitedNumber number =
          new TitleExtra.CitedNumber(c.original(cited.start(2), cited.end(2)));
      extras.add(0, cited.group(1) != null
          ? new TitleExtra(number, cited.start(), end, cited.end(1), end)
          : TitleExtra.setOffByBlank(number, cited.start(), end));
      end = cited.start();
    }
    int bare = bareClassStart(c, end);
    if (bare > 0) { // …的答复函 B: the class stands after the title, set off by a blank
      extras.add(0, TitleExtra.setOffByBlank(TitleExtra.valueOf(c, bare, end), bare, end));
      end = bare;
    }
    String core = k.substring(0, end);
    if (core.length() < 4 || core.length() > LONGEST || TitleStops.holdsStopOrOtherColon(core)
        || core.startsWith("特此") || core.startsWith("以上")
        || core.startsWith("现")) {
      return null;
    }
    String ending = core.endsWith(SUMMARY) ? core.substring(0, core.length() - SUMMARY.length())
        : core;
    if (ENDS.endOf(ending) == null) {
      return null;
    }
    int start = titleStart(core);
    boolean kindWord = core.contains("建议") || core.contains("提案") || core.contains("议案");
    if (start < 0 && (!kindWord || namesBothAssemblies(core))) {
      // 承办单位及答复 is a table heading, 人大政协提案办理情况 a portal's column: no title
      return null;
    }
    if (parts.size() > 1 && start < 0) {
      return null;
    }
    Matcher inner = CLASS_BEFORE_END.matcher(core); // …办理情况(A)的函
    if (inner.find()) {
      extras.add(TitleExtra.inBrackets(TitleExtra.valueOf(c, inner.start(1), inner.end(1)),
          inner.start(), inner.end()));
    }
    int year = yearBefore(core);
    String named = start > 0 ? c.original(year, start) : null;
    String lead = named != null ? OrgNames.leadBody(named) : null; // a joint letter's: its lead
    String issuer = lead != null ? lead : named != null ? Chars.removeBlanks(named) : null;
    int titleEnd = noteEnd < 0 ? end : noteEnd;
    String title = lead == null ? TextNorm.removeLayoutSpaces(c.original(0, titleEnd))
        // the bodies of a joint letter kept apart, as its signature keeps them
        : TextNorm.removeLayoutSpaces(c.original(0, year)) + String.join(" ", Chars.runs(named))
            + TextNorm.removeLayoutSpaces(c.original(start, titleEnd));
    // spaced when a line of it has a blank between its first and last non-blank chars
    boolean spaced = false;
    for (Line l : parts) {
      if (hasInnerBlank(l.text())) {
        spaced = true;
      }
    }
    return new Found(first, last, c, end, Math.max(start, 0), title, issuer, extras, spaced);
  }

  /**
   * Where a result class printed after the title without brackets starts in the key ({@code
   * …第193号建议的答复函 B}), or -1: a class mark ({@link TitleExtra#CLASS}) that ends the key before
   * {@code end} and is set off from the title by a blank as printed.
   */
  private static int bareClassStart(Compact c, int end) {
    Matcher m = TitleExtra.CLASS.matcher(c.key);
    for (int start = end - 1; start > 0 && end - start <= 3; start--) {
      if (m.region(start, end).matches()) {
        return setOffByBlank(c, start)
            && TitleExtra.valueOf(c, start, end) instanceof ResultClass ? start : -1;
      }
    }
    return -1;
  }

  /**
   * Whether key index {@code start} of {@code c} is set off from the title before it by a blank as
   * printed, on the same line.
   */
  private static boolean setOffByBlank(Compact c, int start) {
    Line line = c.lineOf(start);
    int at = c.indexOf(start);
    return start > 0 && c.lineOf(start - 1) == line && at > 0
        && Chars.isBlank(line.text().charAt(at - 1));
  }

  /**
   * The length of the year a title may start with (2019年县人社局对…, 2022年度滕州市住建局关于…): four
   * digits and 年 or 年度, which are the title's and not part of the issuer's name; else 0.
   */
  private static int yearBefore(String k) {
    int i = 0;
    while (i < k.length() && i < 4 && k.charAt(i) >= '0' && k.charAt(i) <= '9') {
      i++;
    }
    return i < 4 || !k.startsWith("年", 4) ? 0 : k.startsWith("年度", 4) ? 6 : 5;
  }

  /** True when {@code t} has a blank between its first and last non-blank chars. */
  private static boolean hasInnerBlank(String t) {
    int a = Chars.skipBlanks(t, 0);
    int b = t.length();
    while (b > a && Chars.isBlank(t.charAt(b - 1))) {
      b--;
    }
    for (int i = a; i < b; i++) {
      if (Chars.isBlank(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code [from, to)} of the key {@code k}, the content of brackets after a title's last
   * words, is a note on the reply the title names (跟踪办理情况, 征求意见稿): two to eight Han chars
   * that name no body and no other extra ({@link #extra}), cite no item (no 号, no kind word:
   * 第三十号建议) and are no date (no 年 or 月: 二〇二〇年十月).
   */
  private static boolean note(String k, int from, int to) {
    if (to - from < 2 || to - from > 8 || k.lastIndexOf('号', to - 1) >= from
        || k.lastIndexOf('年', to - 1) >= from || k.lastIndexOf('月', to - 1) >= from
        || MotionCitation.KIND.matcher(k).region(from, to).find()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Chars.isHan(k.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int lastOpen(String k, int close) {
    char want = switch (k.charAt(close)) {
      case ')' -> '(';
      case ']' -> '[';
      case '】' -> '【';
      default -> '〔';
    };
    for (int i = close - 1; i >= 0 && close - i <= 40; i--) {
      if (k.charAt(i) == want) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the class starts in {@code [from, to)} of {@code c}'s key when it holds a document
   * number and then a result class (岳财字〔2024〕40号A1类), else -1.
   */
  private static int numberBeforeClass(Compact c, int from, int to) {
    Matcher m = LineMarks.DOCUMENT_NUMBER.matcher(c.key).region(from, to);
    if (!m.lookingAt() || !TitleExtra.CLASS.matcher(c.key.substring(m.end(), to)).matches()
        || TitleExtra.valueOf(c, from, m.end()) == null
        || TitleExtra.valueOf(c, m.end(), to) == null) {
      return -1;
    }
    return m.end();
  }

  /**
   * The item's own title found by {@link #itemTitleAfter} or {@link #bracketedItemTitle} at
   * {@code item} of {@code c}, as an extra of the title up to {@code end}.
   */
  private static TitleExtra itemTitle(Compact c, int[] item, int end) {
    String title = TextNorm.removeLayoutSpaces(c.original(item[1], item[2]));
    return new TitleExtra(new TitleExtra.ItemTitle(title),
        item[0], end, item[1], item[2]);
  }

  /**
   * The item's own title that ends the key {@code k} after the reply's title, which ends in one
   * of its words: in 《》 ({@code …提案的答复函《关于…的建议》}) or after a colon or the bar of a
   * web page's heading or a dash, ending in a kind word ({@code …建议的答复:镇西镇…的建议}, {@code
   * …第8170号建议的答复|关于…的建议}, {@code …第41号提案的答复——关于…的建议}); as {where the
   * reply's title ends, where the item's starts, where it ends}, or null. A title that quotes the
   * item inside it ({@code 对《关于…的建议》的答复}) has its own words last.
   */
  private static int[] itemTitleAfter(String k) {
    if (k.endsWith("》")) {
      int open = k.lastIndexOf('《');
      return open > 0 && k.indexOf('《') == open && k.length() - open - 2 >= 4
          && ENDS.endOf(k.substring(0, open)) != null ? new int[] {open, open + 1, k.length() - 1}
          : null;
    }
    int sep = k.indexOf(':');
    if (sep < 0) {
      sep = k.indexOf('|'); // a web page's heading: …建议的答复|关于…的建议
    }
    Matcher dash = ITEM_DASH.matcher(k);
    int width = 1;
    if (sep < 0 && dash.find()) { // or a dash: …第41号提案的答复——关于…的建议
      sep = dash.start();
      width = dash.end() - sep;
      if (dash.find()) {
        return null; // a second dash
      }
    } else if (sep != Math.max(k.lastIndexOf(':'), k.lastIndexOf('|'))) {
      return null; // a colon or bar after the first
    }
    return sep > 0 && ENDS.endOf(k.substring(0, sep)) != null
        && ItemsOwnTitle.KINDS.endOf(k) != null
        && ItemsOwnTitle.itemsTitle(k.substring(sep + width))
        ? new int[] {sep, sep + width, k.length()} : null;
  }

  /** A dash that sets the item's own title apart after the reply's: ——, --, or longer. */
  private static final Pattern ITEM_DASH = Pattern.compile("—{2,}|-{2,}");

  /**
   * The item's own title in round brackets after the reply's title, which ends in one of its words
   * ({@code 对…第30号代表建议的答复(关于优化公交布局,畅通学子求知路的建议)}): {@link
   * ItemsOwnTitle#itemsTitle}, not an extra that brackets hold there (a class, a document number,
   * the issuer, a disclosure mark), ending the key at {@code end} (before other extras: …(第15号));
   * as {@link #itemTitleAfter} gives it, or null.
   */
  private static int[] bracketedItemTitle(Compact c, int end) {
    String k = c.key;
    int close = end - 1;
    if (close < 0 || k.charAt(close) != ')') {
      return null;
    }
    int open = k.lastIndexOf('(', close);
    if (open <= 0 || ENDS.endOf(k.substring(0, open)) == null
        || TitleExtra.valueOf(c, open + 1, close) != null) {
      return null;
    }
    String content = k.substring(open + 1, close);
    return ItemsOwnTitle.itemsTitle(content) ? new int[] {open, open + 1, close} : null;
  }

  /**
   * What a writer prints after the reply's title {@code title} so that the item's own title
   * {@code itemTitle} and its number {@code number} (either null) read back where this reader
   * finds neither in the title nor in the opening {@code opening} (null when none; {@link
   * MotionCitation}): the title's extras, the item's title in 《》 (in round brackets when it holds
   * 《》 itself) and the number as （第N号）, both, else the one that reads back, else nothing — the
   * first whose whole line this reader reads as {@code title} with those extras. Nothing when the
   * title is none this reader reads; no number when the title cites one, no item's title when the
   * title quotes one or the opening cites one (they are read first); a number the form cannot hold
   * (A133) is not printed.
   */
  static String uncitedExtras(String title, String opening, String itemTitle, String number) {
    Found found = at(List.of(new Line(1, 1, title)), 0);
    if (found == null || itemTitle == null && number == null) {
      return "";
    }
    MotionCitation.Cited inTitle = MotionCitation.fromTitle(found.compact(), found.issuerEnd(),
        found.end());
    MotionCitation.Cited inOpening = opening == null ? null
        : MotionCitation.fromOpening(Compact.of(new Line(1, 1, opening), true), null);
    String t = itemTitle == null || itemTitle.equals(inTitle.title()) // read before the extras:
        || inTitle.titleQuoted() && inTitle.title() != null // the title's quotes, the opening's
        || inOpening != null && inOpening.title() != null ? null : itemTitleExtra(itemTitle);
    String n = number == null || inTitle.number() != null
        || inOpening != null && number.equals(inOpening.number()) ? null : "（第" + number + "号）";
    if (t != null && n != null && readsBack(title + t + n, found, itemTitle, number)) {
      return t + n;
    }
    if (t != null && readsBack(title + t, found, itemTitle, null)) {
      return t;
    }
    return n != null && readsBack(title + n, found, null, number) ? n : "";
  }

  /**
   * Whether this reader reads {@code line} as the title {@code found} with the item's title
   * {@code itemTitle} and number {@code number} (each null when not asked for) as its extras.
   */
  private static boolean readsBack(String line, Found found, String itemTitle, String number) {
    Found f = at(List.of(new Line(1, 1, line)), 0);
    if (f == null || !f.title().equals(found.title())) {
      return false;
    }
    List<Object> read = f.extras().stream().map(TitleExtra::value).toList();
    return (itemTitle == null || read.contains(new TitleExtra.ItemTitle(itemTitle)))
        && (number == null || read.contains(new TitleExtra.CitedNumber(number)));
  }

  /** The item's own title as an extra: in 《》, or in round brackets when it holds 《》 itself. */
  private static String itemTitleExtra(String title) {
    String k = Chars.removeBlanks(Chars.key(title));
    return k.indexOf('《') < 0 && k.indexOf('》') < 0 ? "《" + title + "》" : "（" + title + "）";
  }

  /**
   * The item's number after a title, ending it, after a colon (group 1) or set off by a blank as
   * printed: …的答复:第3号, …委员提案答复 第35号; the number in group 2.
   */
  private static final Pattern NUMBER_AFTER_TITLE = Pattern.compile("(:)?第(\\d{1,9})号$");

  /**
   * Whether {@code core} names both assemblies (人大 and 政协): a portal's column of the replies to
   * both (人大政协提案办理情况, 人大建议政协提案办理), as a reply answers one item of one of them.
   */
  private static boolean namesBothAssemblies(String core) {
    return core.contains("人大") && core.contains("政协");
  }
}
