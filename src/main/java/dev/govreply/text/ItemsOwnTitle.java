package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import java.util.regex.Pattern;

/**
 * The item's own title (the title of the 建议, 提案 or 议案 answered: 关于加快台集屯镇中心幼儿园建设的建议)
 * wherever a document prints it apart from the opening: after the reply's title ({@link
 * TitleReader}), as a heading above the salutation, as a record's labelled value ({@link
 * PageMetadata}). What reads as one, and what does not: a reply's title, a citation by number, a
 * sentence that announces what follows, who raised it.
 */
final class ItemsOwnTitle {
  private ItemsOwnTitle() {}

  /**
   * Whether {@code content}, printed after a reply's title, reads as the item's own title: at
   * least {@value #MIN_ITEM_TITLE} chars; a 关于… phrase, or one that ends in a kind word or is at
   * least {@value #BRACKETED_TITLE} chars and names no proposer (代表, 委员, 提出, 联名: 张三等十位代表
   * 联名提出); never a reply's title (…办理的函), a citation by number (第31号建议, 第三十号建议), a
   * labelled value (编号:…) or a sentence that announces what follows ({@link #ANNOUNCES}).
   */
  static boolean itemsTitle(String content) {
    if (content.length() < MIN_ITEM_TITLE || TitleReader.ENDS.endOf(content) != null
        || CITED_NUMBER.matcher(content).find() || TitleStops.holdsStopOrColon(content)
        || ANNOUNCES.matcher(content).find()
        || content.indexOf(')') >= 0 || content.indexOf('(') >= 0) {
      return false;
    }
    return content.startsWith("关于") || (KINDS.endOf(content) != null
        || content.length() >= BRACKETED_TITLE) && !PROPOSER.matcher(content).find();
  }

  /**
   * Whether the line {@code l}, a heading above the salutation of a document that prints no
   * reply's title, is the item's own title: {@link #itemsTitle}, a 关于… phrase ending in its kind
   * word (关于加快台集屯镇中心幼儿园建设的建议). One that does not start with 关于 may be the end of a
   * longer line broken in capture (标题：关于在区 / 人民医院新建立体停车场的建议), a portal's category
   * or its breadcrumb (…>人大建议): no heading of the item; nor is one that names who raised it
   * (关于王五代表提出的建议).
   */
  static boolean itemsHeading(Line l) {
    return readsAsItemsTitle(l.compactKey());
  }

  /**
   * Whether the compact key {@code k} reads as an item's own title: a 关于… phrase ending in its
   * kind word that names no proposer ({@link #itemsHeading}).
   */
  static boolean readsAsItemsTitle(String k) {
    return k.startsWith("关于") && namesItemsTitle(k);
  }

  /**
   * Whether the compact key {@code k}, a value labelled as the item's title (提案标题：), is one:
   * {@link #itemsTitle} ending in its kind word and naming no proposer; not a reply's title
   * (…的答复), a heading or link of the page, a citation by number (第12号建议), a category (人大代表
   * 建议) or a sentence. Titles holding such words (村民委员会, 12号线) are left out with them.
   */
  static boolean namesItemsTitle(String k) {
    return KINDS.endOf(k) != null && itemsTitle(k) && !PROPOSER.matcher(k).find();
  }

  /** {@code v} without the title marks around the whole of it (《关于…的建议》), else {@code v}. */
  static String insideTitleMarks(String v) {
    return v.length() > 2 && v.charAt(0) == '《' && v.indexOf('》') == v.length() - 1
        ? Chars.strip(v.substring(1, v.length() - 1)) : v;
  }

  /**
   * A sentence that announces what follows ends so, which no item's title does: 我有以下几点建议,
   * 提出如下建议 (a title may hold 以下 as a word: 3岁以下婴幼儿).
   */
  private static final Pattern ANNOUNCES = Pattern.compile(
      "(?:以下|如下)(?:几点|几条|几个方面|方面|的)?(?:建议|意见|提案|议案)$");

  /** A number cited in a key: digits and 号 (第31号, 〔2017〕062号, 第三十号). */
  private static final Pattern CITED_NUMBER =
      Pattern.compile("(?:\\d[)\\]〕】]?|第[一二三四五六七八九十百零〇]+)号");

  /** Words that name who raised an item, which its title does not hold. */
  private static final Pattern PROPOSER = Pattern.compile("代表|委员|提出|联名");

  /** The fewest chars of an item's title in brackets that neither starts 关于 nor ends 建议. */
  private static final int BRACKETED_TITLE = 10;

  /** The fewest chars of an item's title after a reply's, its kind word included (关于某某的建议). */
  private static final int MIN_ITEM_TITLE = 6;

  /** The kind words an item's title ends with. */
  static final Words KINDS = Words.of("建议", "提案", "议案");
}
