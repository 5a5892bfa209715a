package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web page's own furniture around a captured document, lines that carry no labelled value:
 * its widgets (打印本页, 分享到, a dialog's close button), a repost's record, its address, a picture,
 * its navigation path (首页 > 政务公开 > 建议提案), a greeting of the site's visitors and a portal's
 * list items. {@link PageMetadata} reads such lines as the page's; the labelled values of the page
 * (索引号:, 文号:) are its own rules.
 */
final class PageFurniture {
  private PageFurniture() {}

  /** The widgets of a page, words its buttons and boxes print wherever they stand on a line. */
  private static final Words WIDGETS = Words.of("打印本页", "关闭窗口", "【打印】", "【关闭】", "分享到",
      "分享至", "扫一扫", "字体:", "[打印]", "[关闭]", "收藏本页", "返回顶部", "回到顶部",
      // the text size buttons
      "放大正常缩小", "字号:大中小",
      // a visitor's login box, and its greeting in a site's top bar (您好,请 登录 注册)
      "密码登录", "立即注册", "没有账号", "您好,请登录",
      // the read-aloud player
      "播报模式", "语音合成中",
      // the question box of a site's assistant, counting what is left to type
      "还可以输入",
      // the box under a policy document of a government portal's disclosure platform
      "如果您对该政策文件有疑问",
      // the notice of a browser too old for the site (你正在使用的浏览器版本过低…请切换至极速模式)
      "浏览器版本", "版本的浏览器", "Edge浏览器", "极速模式",
      // (为了获得更好的访问效果,建议您将IE升级至IE9及以上版本!)
      "升级至IE",
      // the hint of a portal's regions to keyboard users (正文内容区域请使用tab按钮切换浏览)
      "请使用tab按钮切换浏览");

  /**
   * Words of a page's buttons that a sentence may hold too (a title on large type or read-aloud
   * services: 关于药品说明书放大字体…, …语音播报功能…): the page's where two stand on the line or one
   * alone ({@link #buttons}).
   */
  private static final List<String> BUTTONS = List.of("放大字体", "缩小字体", "点击收藏", "取消收藏",
      "语音播报");

  /**
   * Whether the compact key {@code k} is a row of a page's buttons: two of {@link #BUTTONS} on it,
   * the same twice too (放大字体 | 缩小字体, 点击收藏 点击收藏 | 打印), with at most {@value
   * #BUTTON_ROW_REST} Han characters beside them (not a title that names two:
   * 关于政务网站增设放大字体和语音播报功能的建议的答复); or one alone.
   */
  private static boolean buttons(String k) {
    String rest = k;
    int seen = 0;
    for (String b : BUTTONS) {
      int before = rest.length();
      rest = rest.replace(b, "");
      seen += (before - rest.length()) / b.length();
    }
    return seen >= 2
        && rest.codePoints().filter(c -> Chars.isHan((char) c)).count() <= BUTTON_ROW_REST
        || BUTTONS.contains(k);
  }

  /** The most Han characters a row of buttons prints beside them (已收藏, 打印, 点击…). */
  private static final int BUTTON_ROW_REST = 10;

  /** The separators of a navigation path (首页 > 政务公开 > 建议提案), as key chars. */
  private static final String PATH_SEPARATORS = ">»›→";

  /** The names a navigation path starts from. */
  private static final String[] HOME = {"首页", "主页", "网站首页"};

  /**
   * True when the compact key {@code k} greets the visitor of a site: 欢迎您光临…网站, 欢迎来到…门户网站,
   * 姚安县人民政府欢迎您!, and a visit welcomed without a sentence's end or a call to guide the work
   * (欢迎访问土地内参!, 欢迎来到…委员会!). A letter welcomes the member's views (欢迎今后提出…) or a
   * visit to guide its work (欢迎您光临指导!), never a visit to its page.
   */
  static boolean siteGreeting(String k) {
    return k.startsWith("欢迎") && k.contains("网") || k.endsWith("欢迎您!") || k.endsWith("欢迎您")
        || VISIT.startOf(k) && k.indexOf('。') < 0 && !k.contains("指导");
  }

  /** The words a site greets its visitors with, first on the line. */
  private static final Words VISIT = Words.of("欢迎访问", "欢迎光临", "欢迎来到", "欢迎您访问", "欢迎您光临");

  /** The bullets a portal's list items start with. */
  static final String BULLETS = "•●▪■◆◇-";

  /** The most non-blank chars of a portal's list item (an index number, a unit, a date). */
  private static final int LIST_ITEM_WEIGHT = 40;

  /**
   * True when the compact key {@code k} is a portal's list item: a bullet, then a short text
   * without an end of sentence (• 00529508X/2023-00092, • 中牟县水利局, • 人大建议,提案).
   */
  static boolean listItem(String k) {
    return !k.isEmpty() && BULLETS.indexOf(k.charAt(0)) >= 0 && k.length() <= LIST_ITEM_WEIGHT
        && k.indexOf('。') < 0;
  }

  /**
   * True when the compact key {@code k} is a web address ({@link #WEB_ADDRESS}): the page's address
   * printed above or below the document.
   */
  private static boolean webAddress(String k) {
    return ADDRESS.matcher(k).lookingAt();
  }

  /**
   * The start of a web address: http://, https:// or www. (in any case), or a host name alone
   * (anyang.gov.cn).
   */
  private static final String WEB_ADDRESS = "(?i:https?://|www\\.|[a-z0-9-]+\\.(?:[a-z0-9-]+\\.)*"
      + "(?:cn|com|net|org)(?![a-z]))";

  /** {@link #WEB_ADDRESS} as a pattern. */
  private static final Pattern ADDRESS = Pattern.compile(WEB_ADDRESS);

  /**
   * True when the compact key {@code k} is a navigation path (面包屑): names joined by one of
   * {@value #PATH_SEPARATORS}, none of them empty or with sentence punctuation, either three or
   * more names or a path from the home page (首页 > 政务公开). A location label before it (当前位置:)
   * is one of the labels.
   */
  static boolean navigationPath(String k) {
    if (!Chars.hasAny(k, PATH_SEPARATORS)) {
      return false; // one name is no path
    }
    int names = 0;
    int start = locationLabelEnd(k);
    boolean home = false;
    for (int i = start; i <= k.length(); i++) {
      if (i < k.length() && PATH_SEPARATORS.indexOf(k.charAt(i)) < 0) {
        if (TextNorm.isSentencePunct(k.charAt(i))) {
          return false;
        }
        continue;
      }
      if (i < k.length() && i == start && names > 0 && k.charAt(i - 1) == k.charAt(i)) {
        start = i + 1; // a doubled separator (首页 >> 政务公开) is one
        continue;
      }
      if (i == start) {
        return false; // an empty name: not a path (a leading or trailing separator)
      }
      if (names == 0) {
        for (String h : HOME) {
          home |= k.startsWith(h, start) && start + h.length() == i;
        }
      }
      names++;
      start = i + 1;
    }
    return names >= 3 || names == 2 && home;
  }

  /**
   * Where a navigation path starts in the compact key {@code k}: after a location label and its
   * colon (当前位置:, 您当前所在位置:, 您现在的位置:), else at 0. A line with a location label is page
   * metadata whatever follows it.
   */
  static int locationLabelEnd(String k) {
    int colon = k.indexOf(':');
    return colon >= 2 && colon <= 8 && k.startsWith("位置", colon - 2) ? colon + 1 : 0;
  }

  /**
   * True when {@code line} is the page's own furniture, not a labelled value: a widget (打印本页,
   * 扫一扫…, a dialog's close button ×), a repost's record, a web address or a site's name, or the
   * site's credits
   * (主办：某某县人民政府 承办：某某县人民政府办公室).
   * Below it, a web page prints its footer (主办单位, 联系方式, 地址).
   */
  static boolean is(Line line) {
    String k = line.compactKey();
    return WIDGETS.in(k) || WIDGETS_ALONE.contains(k) || buttons(k) || k.startsWith(REPOST_RECORD)
        || webAddress(k) || image(k) || siteName(k) || PORTAL_SECTIONS.contains(k)
        || siteVersion(k) || line.siteFooter();
  }

  /**
   * The links to the site's other versions and its badges, alone on their line, perhaps numbered
   * as the capture prints the items of a list (1. 本站支持IPV6, 2. 繁体版, 无障碍浏览, 长者模式).
   */
  private static final Set<String> SITE_VERSIONS = Set.of("繁体版", "简体版", "无障碍", "无障碍浏览",
      "长者模式", "关怀版", "本站支持IPV6", "本站支持IPv6");

  /** An ordered list's number before an item: 1. or 2、 */
  private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,2}[.、]");

  /** Whether the compact key {@code k} is a link of {@link #SITE_VERSIONS}, perhaps numbered. */
  private static boolean siteVersion(String k) {
    Matcher m = LIST_NUMBER.matcher(k);
    return SITE_VERSIONS.contains(m.lookingAt() ? k.substring(m.end()) : k);
  }

  /**
   * The names of a government portal's section for the disclosure of its information, printed
   * alone on their line as the heading of the page's column or a link of its navigation (政府信息公开
   * below the site's banner 辽宁省商务厅, above the reply's title): never a line of a letter, whose
   * disclosure mark says how it is disclosed (主动公开, 依申请公开).
   */
  private static final Set<String> PORTAL_SECTIONS = Set.of("政府信息公开", "政务公开", "信息公开",
      "政府信息公开目录", "信息公开目录");

  /**
   * True when the compact key {@code k} is the name of a web site alone, a link of the page or
   * its heading (湛江市政府门户网站, 区县政府网站): a few Han words ending in 网站; or the page's byline
   * that starts with that name ({@link #SITE_AND_ADDRESS}).
   */
  private static boolean siteName(String k) {
    return k.endsWith("网站") && k.length() <= SITE_NAME
        && k.chars().allMatch(c -> Chars.isHan((char) c))
        || SITE_AND_ADDRESS.matcher(k).lookingAt();
  }

  /** The most characters of a web site's name alone on its line ({@link #siteName}). */
  private static final int SITE_NAME = 20;

  /**
   * A web site's name (…网站, …网), its address right after it (http://…, www.…, or a host name
   * alone, anyang.gov.cn) and then the page's label of its date (发布日期:, 时间:), in the compact
   * key: a page's byline. Not a site and its address in a sentence (请登录…网站 www.… 查询).
   */
  private static final Pattern SITE_AND_ADDRESS = Pattern.compile(
      "[" + Chars.HAN + "]{2," + SITE_NAME + "}网站?" + WEB_ADDRESS + "[!-~]*?(?:发[布表])?(?:日期|时间):");

  /**
   * Whether {@code line}, above the letter's salutation and not read as any part of the letter, is
   * a label of the page's with nothing after it ({@code 相关文章:}, {@code 浏览字号:}, {@code
   * 保护视力色:}, {@code 【字号:}); not one the letter prints (签发人：, 联系人：, 抄送：), whose value
   * may follow on the next line.
   */
  static boolean emptyLabel(Line line) {
    String k = line.compactKey();
    if (!EMPTY_LABEL.matcher(k).matches()) {
      return false;
    }
    String label = k.substring(k.length() > 1 && !Chars.isHan(k.charAt(0)) ? 1 : 0, k.length() - 1);
    // a label the letter prints, its value perhaps on the next line: 签发人：, 联系人：, 抄送：
    return ContactLabel.kindOf(label) == null && !label.startsWith("签发");
  }

  /** A label of two to six Han characters and its colon, perhaps after an opening bracket. */
  private static final Pattern EMPTY_LABEL = Pattern.compile("[【\\[(]?[" + Chars.HAN + "]{2,6}:");

  /**
   * The widgets that are one only alone on their line, words a sentence may hold too: a print
   * or close button (打印, 关闭, 打印正文), print and close buttons side by side (打印 关闭), a
   * login box's title (用户登录) and a visitor's own page (个人中心, 登录个人中心), the button to
   * report an error on the page ([纠错], 我要纠错), a dialog's close button (×, ✕, ✖), a site
   * search box's options (搜索位置, 匹配度, 排序), the buttons that download the page as a file
   * (【下载Word】, 下载PDF, 文件下载; a sentence may tell where a form is downloaded), the title of
   * a policy-questions box (政策咨询), a page's empty list of tags (标签:) and the caption of its
   * QR code (扫码浏览).
   */
  private static final Set<String> WIDGETS_ALONE = Set.of("打印", "关闭", "打印正文", "【打印正文】",
      "打印关闭", "用户登录", "个人中心", "登录个人中心", "[纠错]", "【纠错】", "我要纠错", "×", "✕", "✖",
      "搜索位置", "匹配度", "排序", "下载Word", "下载PDF", "【下载Word】", "【下载PDF】", "下载Word下载PDF",
      "【下载Word】【下载PDF】", "文件下载", "政策咨询", "标签:", "扫码浏览",
      // the switch of a disclosure catalogue's table between its first rows and all of them
      "显示全部表格信息",
      // the heading of a list of links the page prints below the document
      "相关文章", "相关链接", "相关阅读",
      // a page's comments box below the document
      "验证码", "全部评论", "发表评论",
      // the link to the rest of a list of links
      "更多", "更多+", "更多>", "更多>>");

  /** A repost's summary field holding the original page's record as JSON: 摘要: {"原始ID":…}. */
  private static final String REPOST_RECORD = "摘要:{";

  /**
   * True when the compact key {@code k} is a picture of the page and nothing else, as a page's
   * text prints it: {@code ![alt](address)}, alt and address perhaps empty.
   */
  private static boolean image(String k) {
    return k.startsWith("![") && IMAGE.matcher(k).matches();
  }

  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
}
