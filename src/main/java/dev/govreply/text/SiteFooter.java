package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import java.util.List;
import java.util.Set;

/**
 * A web page's footer below the document: the site's rights, registrations, map and bookmark
 * links, and its credits (主办：莒南县人民政府 承办：…; 主办单位：… with the site's phone and address).
 * Nothing of a reply follows it on the page: the footer and the lines below it are the page's.
 */
final class SiteFooter {
  private SiteFooter() {}

  /** The words of a site's footer: its rights, registrations, map and bookmark links. */
  private static final Words FOOTER = Words.of("版权所有", "网站标识码", "ICP备", "公网安备",
      "Copyright", "网站地图", "设为首页", "加入收藏");

  /**
   * The site's line for reports of illegal content (违法和不良信息举报电话: …): a footer's when it
   * holds no mark of a sentence, which a letter's body mentioning such a centre does.
   */
  private static final String REPORT_LINE = "违法和不良信息举报";

  /**
   * True when {@code line} is a site's footer: its rights, registrations, map and bookmark links
   * ({@link #FOOTER}) or its credits (主办：… and perhaps 承办：…). Nothing of a reply follows it on
   * the page.
   */
  static boolean is(Line line) {
    if (!PageMetadata.fits(line)) {
      return false;
    }
    String k = line.compactKey();
    return FOOTER.in(k) || k.startsWith(SITE_RUN_BY)
        || k.contains(REPORT_LINE) && ContactLabel.SENTENCE_MARKS.firstIn(k, 0, k.length()) == k.length();
  }

  /**
   * Where the site's footer ({@link #is}) starts in {@code all}, at or after {@code from}
   * and among the last {@value #FOOTER_REACH} lines that are not blank; else the number of lines.
   * The footer and the lines below it are the web page's.
   */
  static int start(List<Line> all, int from) {
    int start = all.size();
    int seen = 0;
    for (int i = all.size() - 1; i >= from && seen < FOOTER_REACH; i--) {
      Line l = all.get(i);
      if (!l.blank()) {
        seen++;
        if (l.siteFooter()) {
          start = i;
        }
      }
    }
    return start < all.size() ? creditsAbove(all, from, start) : start;
  }

  /**
   * Where the site's credits start above its footer at {@code footer}: the labelled lines right
   * above it (主办单位：… and the site's 联系电话, 地址) or a body's name before its part (…主办, …承办:
   * {@link #creditAfterName}), blank lines between them aside (a capture
   * that follows every line with a blank one), when the first of them names the site's sponsor
   * ({@value #SITE_SPONSOR}); else {@code footer}. A site's credits name no person to contact but
   * the site's (网站联系人：): a line that does (联系人：…) and those above it are the letter's,
   * whose handling unit may be labelled 主办单位 too.
   */
  private static int creditsAbove(List<Line> all, int from, int footer) {
    int start = footer;
    for (int i = footer - 1; i >= from; i--) {
      if (all.get(i).blank()) {
        continue;
      }
      String t = all.get(i).text();
      List<ContactLabel> labels = ContactLabel.in(t);
      if (labels.stream().anyMatch(SiteFooter::lettersPerson)) {
        break; // a person to contact is the letter's: 主办单位 is its handling unit too
      }
      if (creditAfterName(all.get(i))) { // 同江市人民政府主办 / 同江市人民政府办公室承办
        start = i;
        continue;
      }
      if (!ContactLabel.startLine(t, labels)) {
        break;
      }
      if (Chars.removeBlanks(labels.get(0).printed()).equals(SITE_SPONSOR)) {
        start = i;
      }
    }
    return start;
  }

  /**
   * Whether {@code line} holds the site's credits printing each body's name before its part, no
   * colon between (同江市人民政府主办, 同江市人民政府办公室承办, 中共市中区委、市中区人民政府主办 各镇街、区直部门内容保障),
   * perhaps followed by the site's address after its label (市中区大数据中心建设 地址:… 邮编:…): blanks
   * aside, Han characters and 、 alone up to the address, ending in one of {@link #CREDIT_PARTS};
   * right above the footer.
   */
  private static boolean creditAfterName(Line line) {
    if (!PageMetadata.fits(line)) {
      return false;
    }
    String k = line.compactKey();
    int address = SITE_ADDRESS.indexIn(k, 0);
    String credits = address < 0 ? k : k.substring(0, address);
    String part = CREDIT_PARTS.endOf(credits);
    if (part == null || credits.length() == part.length()
        || !credits.chars().allMatch(c -> Chars.isHan((char) c) || c == '、')) {
      return false;
    }
    String name = credits.substring(0, credits.length() - part.length());
    return !BUILT_BY.contains(part) || OrgNames.isName(name); // 大数据中心建设, not 城乡建设
  }

  /**
   * The credit parts that also end words of a letter's sentence (城乡建设, 提供技术支持): a credit only
   * after a body's name ({@link OrgNames#isName}).
   */
  private static final Set<String> BUILT_BY = Set.of("建设", "技术支持");

  /**
   * The parts a site's credits name after a body: the body that runs it, the office that keeps it,
   * those that supply its content and the one that built it.
   */
  private static final Words CREDIT_PARTS = Words.of("主办", "承办", "协办", "内容保障", "建设",
      "技术支持");

  /** The labels of the site's address in its credits, in key form: 地址:…, 邮编:…. */
  private static final Words SITE_ADDRESS = Words.of("地址:", "邮编:");

  /**
   * Whether {@code label} names a person to contact that is the letter's (联系人：, 承办人：), not
   * the site's (网站联系人：).
   */
  private static boolean lettersPerson(ContactLabel label) {
    return label.kind() == ContactLabel.Kind.CONTACT
        && !Chars.removeBlanks(label.printed()).startsWith(SITE);
  }

  /** The word a label of the site's own starts with: 网站联系人. */
  private static final String SITE = "网站";

  /** The label of the body that runs a site, first in its credits. */
  private static final String SITE_SPONSOR = "主办单位";

  /** The most lines a page prints from its footer down: the footer, its links and notices. */
  private static final int FOOTER_REACH = 12;

  /** The labels of a site's credits: the body that runs it and the office that keeps it. */
  private static final String SITE_RUN_BY = "主办:";
  private static final String SITE_KEPT_BY = "承办:";

  /**
   * The body that runs the site, as the site's credits on {@code line} name it (主办：莒南县人民政府
   * 承办：…), or null when the line is no credits line.
   */
  static String runBy(Line line) {
    if (!PageMetadata.fits(line)) {
      return null;
    }
    String k = line.compactKey();
    if (!k.startsWith(SITE_RUN_BY)) {
      return null;
    }
    int end = k.indexOf(SITE_KEPT_BY, SITE_RUN_BY.length());
    return k.substring(SITE_RUN_BY.length(), end < 0 ? k.length() : end);
  }
}
