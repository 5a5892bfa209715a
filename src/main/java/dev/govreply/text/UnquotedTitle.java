package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item's title cited without quotes ({@link MotionCitation}): in an opening sentence after the
 * words that say the member raised it (您提出的关于…的建议收悉) or at its start, right before its
 * number or 收悉 (关于…的建议(第12号)收悉), or at the end of a reply's title
 * (关于…的建议的答复). Positions are in the key of the text read.
 */
final class UnquotedTitle {
  private UnquotedTitle() {}

  /**
   * The letter speaking of itself after the title: by its body (…建议我局已收悉, …的建议”我局), or by
   * any name right after a 的 phrase's kind word (…的建议我校高度重视); not after a 建议 that is the
   * title's verb (关于进一步建议我市认真落实…的建议).
   */
  private static final String SELF = "我(?:局|委|厅|部|办|院|司|处|站|所|校|会|府|中心|公司|单位|们"
      + "|街道|大队)|(?<=的(?:建议|提案|议案|意见))我";
  /**
   * A title cited without quotes: 提出的(第5号)关于…的建议 (or 所提, 提交 的…; 提议 only after the
   * one who raised it, 您 or 你们, 委员 or 代表: 各位委员提议的…, not 市政府提议 or 建议中提议的),
   * ending before a second kind word
   * (…的建议提案, …的建议的提案: a 提案 titled …的建议) and before what the sentence goes on with
   * (收悉, 办理情况, a comma, the item's number: …的建议291号提案)已收悉, the letter speaking of
   * itself: …的建议我局已收悉, {@link #SELF}), or after a kind word that ends a 的 phrase whatever
   * follows, no other kind word in the rest of the clause (…的意见建议进行办理, …的意见建议33已交; not
   * 关于完善政协委员的提案督办机制的提案). A 宝贵建议 (valuable suggestion) is the letter's
   * praise of what the member raised, not the item's title. A title whose pair of quotes lost one
   * mark in capture is read so too, the mark left in group 2 or 3:
   * the opening mark before it (提出的《关于…的建议已收悉) or the closing mark after it
   * (提出关于…的建议”收悉); see {@link #inOpening}.
   */
  private static final Pattern UNQUOTED = Pattern.compile(
      "(?:提出|所提|提交|(?<=[您你们员表])提议|领衔提出|联名提出)的?(?:第\\d{1,12}号)?([《“\"「])?(关于[^《》。:;!?]{2,200}?"
          + "(?<!宝贵)(?:建议|提案|议案|意见))(?=(?:(?<=建议|提案|议案)的?(?:建议|提案|议案|意见))?"
          + "([》”\"」])?(?:[,。;!:(]|收悉|已收悉|现|经|已|办理|提出如下|\\d{1,9}号|" + SELF + "|$"
          + "|(?<=的(?:意见)?(?:建议|提案|议案))(?![^,。;!?:]*?(?:建议|提案|议案))))");

  /** The quote marks a title may be cited in. */
  private static final String QUOTES = "《》“”\"「」";

  /**
   * Whether the title found by {@code u} ({@link #UNQUOTED}) is taken: an unquoted one always, one
   * whose quotes lost a mark only when it holds no other quote mark, which could be the lost one's
   * partner (“关于…“停车难”的建议已收悉 is not guessed).
   */
  private static boolean taken(Matcher u) {
    boolean marked = u.start(1) >= 0 || u.start(3) >= 0;
    return !marked || !Chars.hasAny(u.group(2), QUOTES);
  }

  /**
   * The key range {@code [start, end)} of the item's title the opening sentence {@code seg} cites
   * unquoted ({@link #UNQUOTED}), or null: one whose quotes lost a mark only when it is {@link
   * #taken}, up to a closing mark whose opening one was lost ({@link #strayClose}).
   */
  static int[] inOpening(String seg) {
    Matcher u = UNQUOTED.matcher(seg);
    if (u.find() && taken(u)) {
      return new int[] {u.start(2), strayClose(seg, u.start(2), u.end(2))};
    }
    Matcher first = OPENS_WITH.matcher(seg);
    if (first.lookingAt() && !NO_ITEM_TITLE.matcher(seg).region(0, first.end()).find()
        && !NOT_OPENINGS_TITLE.matcher(seg).region(0, first.end()).find()) {
      return new int[] {0, first.end()};
    }
    return null;
  }

  /**
   * A title an opening starts with, unquoted, the sentence going on with the item's number in
   * brackets or with 收悉 (关于加大海堤建设、修复力度的建议(20241182号)收悉, 关于对流动摊贩加强监管的提案(10040017号)
   * 已经交由我单位办理, 关于…的建议收悉): a 关于 phrase ending with 的 and its kind word, perhaps a
   * second kind word after it (关于…的建议的提案(…号): a 提案 titled …的建议), without a comma or quotes;
   * not one that cites the item rather than names it ({@link #NO_ITEM_TITLE}: 关于张三代表提出的建议收悉).
   */
  private static final Pattern OPENS_WITH = Pattern.compile(
      "关于[^《》“”\"「」。,:;!?()]{2,200}?的(?:建议|提案|议案)"
          + "(?=(?:的?(?:建议|提案|议案))?(?:\\(第?\\d{1,12}号\\)|已?收悉))");

  /**
   * What a 关于 phrase an opening starts with may not hold to be the item's title: words that speak
   * of the member or of how the item came, not of its matter (关于您对…, 关于贵单位的…, 关于你们的…,
   * 关于张三等同志的…, 关于您领衔的…, 关于市政府办公室转来的…, 关于您反映的…, 关于2024年度的…).
   */
  private static final Pattern NOT_OPENINGS_TITLE = Pattern.compile(
      "^关于[您你贵我本该这此其]|转来|转交|交办|反映|领衔|提交|同志|年度");

  /**
   * Where an unquoted title {@code seg[from, to)} ends: before a closing quote whose opening mark
   * is not in it (关于加快教师周转房建设”的提案: the opening “ was lost in capture, the title is what
   * it quoted), else at {@code to}.
   */
  private static int strayClose(String seg, int from, int to) {
    int open = 0;
    for (int i = from; i < to; i++) {
      char c = seg.charAt(i);
      if (c == '“' || c == '「' || c == '『') {
        open++;
      } else if (c == '”' || c == '」' || c == '』') {
        if (open == 0) {
          return i;
        }
        open--;
      }
    }
    return to;
  }

  /**
   * An item's title that a reply's title ends with, unquoted: a 关于 phrase ending with 的 and its
   * kind word, before the reply's own words (关于加强宠物管理的建议的答复, 对区九届人大三次会议关于…的建议的
   * 答复, 关于…的建议办理情况的答复, 关于…的建议提案的答复: a 提案 titled …的建议). Without 的 the
   * words before the kind word may be anything but a title (关于张三所提建议, 关于民革市委提案,
   * 关于重点督办建议, 关于2024年建议办理情况的答复).
   */
  private static final Pattern UNQUOTED_TITLE = Pattern.compile(
      "关于(?!对)[^《》“”\"。:;!?()]{3,120}?的(?:建议|提案|议案)(?=(?:的?(?:建议|提案|议案))?"
          + "(?:的?办理(?:情况|意见))?的?(?:答复|回复|复函|答复函|函|答复意见)?$)");

  /**
   * What a 关于 phrase that ends a title or starts an opening may not hold to be the item's title:
   * the item's session or
   * number (关于市十届三次会议第16号建议的答复 cites the item, it does not name it), who raised it
   * (关于张三代表提出的建议的答复, 关于张三所提的建议), another 关于 (关于张三等关于…的建议: the title,
   * if any, is the second's), or kind words joined (关于…的建议和提案: several items).
   */
  private static final Pattern NO_ITEM_TITLE = Pattern.compile(
      "届|会议|\\d号|第[一二三四五六七八九十百零〇]+号|代表|委员|提出|所提|联名|人大|政协|.关于"
          + "|(?:建议|提案|议案)[和及与、]");

  /**
   * The key range {@code [start, end)} of the item's title a reply's title {@code k} ends with from
   * {@code from}, unquoted ({@link #UNQUOTED_TITLE}), or null.
   */
  static int[] endingTitle(String k, int from) {
    Matcher m = UNQUOTED_TITLE.matcher(k).region(from, k.length());
    if (m.find() && !NO_ITEM_TITLE.matcher(k).region(m.start(), m.end()).find()) {
      return new int[] {m.start(), m.end()};
    }
    return null;
  }
}
