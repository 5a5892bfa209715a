package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import java.util.List;
import java.util.stream.Stream;


/**
 * Recognises the name of an issuing body (发文机关) as printed on its own: a short run of Han
 * characters ending in an organisational suffix (局, 厅, 委员会, 人民政府, 办公室, 大队, 中心, 处…),
 * perhaps followed by the second name the body bears, in brackets (住房和城乡建设局(市人民防空办公室)).
 * Works on {@linkplain TextNorm#key(String) keys} with blanks removed, so traditional forms
 * (辦公室, 委員會, 廳) are covered.
 */
final class OrgNames {
  private OrgNames() {}

  private static final String[] SUFFIXES = {"政府", "办公室", "办公厅", "委员会", "管委会", "局", "厅",
      "委", "办", "大队", "支队", "中队", "队", "中心", "院", "所", "处", "科", "室", "部", "站", "会",
      "公司", "集团", "馆", "社", "署", "府", "司", "办事处", "街道", "党组", "银行", "学校", "医院", "团",
      "组织部", "宣传部", "统战部", "法院", "检察院", "分局"};

  /** Words that never occur in a body's name but do in sentences and titles. */
  private static final Words NOT_IN_NAMES = Words.of("关于", "答复", "您", "你", "感谢", "此致", "敬礼",
      "特此", "建议", "议案", "如下", "的函");

  /**
   * The labels of a web page's metadata and of a record ({@link MetadataLabel#ofThePage}), and
   * those of a unit ({@link ContactLabel#unitLabels}): no body's name begins with one, so a label
   * run into its value without a colon (发文机关国家卫生健康委员会, 承办单位 县林业局) is no name.
   */
  private static final Words LABELS = Words.of(Stream.concat(MetadataLabel.ofThePage().stream(),
      ContactLabel.unitLabels().stream()).toList());

  /**
   * The labels of a unit ({@link ContactLabel#unitLabels}: 主办单位, 承办单位…), which no body's name
   * holds anywhere: a row of a form's cells run together (交办意见 主办单位 交通局) is no name.
   */
  private static final Words UNIT_LABELS = Words.of(ContactLabel.unitLabels());

  /**
   * Words that end the way a body's name does but name no body: 社会, society (面向全社会, a page's
   * 公开范围), a meeting's 次会(议) cut at the end of a line (人大一次会 / 议第3134号…) end with 会, and
   * a web site (湛江市政府门户网站) ends with 站, and a congress's delegation (第十六代表团, the
   * deputies of a place who raise items together) ends with 团 but issues no letter.
   */
  private static final String[] NOT_NAME_ENDINGS = {"社会", "次会", "网站", "代表团"};

  /**
   * True when the compact key {@code s} looks like the name of a body: at most 40 characters of
   * {@link #isNameChar names}, none of {@link #NOT_IN_NAMES}, ending in one of the {@link
   * #SUFFIXES} with something before it, not in one of the {@link #NOT_NAME_ENDINGS}, and without
   * a date ({@link #holdsDate}), not starting with a bracket: a body's second name in brackets
   * follows its name, and a bracket first opens a point's number ((二)专业队, a heading), nor with
   * a point's number of another form ({@link Numbering#startsWithNumber}: 二是加强基层灾害信息员队,
   * a point's line cut short at the end of a capture).
   */
  static boolean isName(String s) {
    if (s.length() < 2 || s.length() > 40 || s.charAt(0) == '(') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isNameChar(s.charAt(i))) {
        return false;
      }
    }
    if (NOT_IN_NAMES.in(s) || holdsDate(s) || LABELS.startOf(s) || UNIT_LABELS.in(s)
        || Numbering.startsWithNumber(s)) {
      return false;
    }
    int open = s.lastIndexOf('(');
    if (s.endsWith(")") && open > 0) { // a body and the second name it bears: …局(市人民防空办公室)
      return isName(s.substring(0, open)) && isName(s.substring(open + 1, s.length() - 1));
    }
    for (String ending : NOT_NAME_ENDINGS) {
      if (s.endsWith(ending)) {
        return false;
      }
    }
    for (String suffix : SUFFIXES) {
      if (s.endsWith(suffix) && s.length() > suffix.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the compact key {@code s}, printed alone on its line above the document or at its
   * end, is a body's name ({@link #isName}): of two characters only a place's and its suffix (市委,
   * 县府, 镇府) or a name masked as 某 (某局) — a page's 头部 and 底部 name no body (corpus bi 1142).
   */
  static boolean isNameAlone(String s) {
    return isName(s) && (s.length() > 2 || PLACES.indexOf(s.charAt(0)) >= 0);
  }

  /**
   * Whether the key {@code s} holds a date ({@link DateText#inKey}: 2024年6月7日, 2024-06-07): a
   * body's name never does, while a page's byline prints a date beside the body that published
   * it (2024年6月7日 城口县交通运输局). A year alone (2019年县人社局…, a title's) is no date.
   */
  private static boolean holdsDate(String s) {
    DateText.Found d = DateText.inKey(s);
    return d != null && d.date() != null;
  }

  /**
   * Whether the body's name {@code name} names its place or its party, as a body of its own does
   * (凤县交通运输局, 县财政局, 中共某某县委), not a department named after the body it belongs to
   * (办公室, 宣传部, 规划建设科).
   */
  static boolean namesItsPlace(String name) {
    return name.startsWith("中共") || name.startsWith("国家") || Chars.hasAny(name, PLACES);
  }

  /**
   * The first of the bodies a joint letter names one after the other with a blank between them,
   * each a body of its own ({@link #namesItsPlace}), in its signature or before its title
   * (凤县红花铺镇人民政府 凤县交通运输局; 市自然资源和规划局 市市场监督管理局 市房地产服务中心): the lead
   * handler, who is the issuer; null when {@code printed} names one body.
   */
  static String leadBody(String printed) {
    List<String> parts = Chars.runs(printed);
    if (parts.size() < 2) {
      return null;
    }
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (part.length() < 3 || !isName(Chars.key(part))) {
        return null; // a name letter-spaced (平 江 县), or a part that names no body
      }
      if (i > 0 && (!namesItsPlace(part) || officeOf(parts.get(i - 1), part))) {
        return null; // a department of the body before it (某某县人民政府 办公室, 中共某某县委 宣传部,
        // 中共某某县委 县委办公室)
      }
    }
    return parts.get(0);
  }

  /**
   * Whether {@code part} is the office of the body {@code body} before it, named by the body's
   * short name (中共某某县委 县委办公室, 某某市人民政府 市政府办公室): an office whose name without
   * 办公室 is the body's name shortened, its characters in the body's name in their order and the
   * last one last.
   */
  private static boolean officeOf(String body, String part) {
    if (!part.endsWith("办公室") || part.length() <= 3) {
      return false;
    }
    String owner = Chars.key(part.substring(0, part.length() - 3));
    String b = Chars.key(body);
    int at = 0;
    for (int i = 0; i < owner.length() && at >= 0; i++) {
      at = b.indexOf(owner.charAt(i), at);
      at = at < 0 ? -1 : at + 1;
    }
    return at == b.length();
  }

  /** What stands for a place before a one-character suffix (市委, 镇府), or masks it (某局). */
  private static final String PLACES = "省市县区州旗盟乡镇村某";

  /** True for the chars a name is made of: Han, ( ) · and ASCII digits (key chars). */
  static boolean isNameChar(char c) {
    return Chars.isHan(c) || c == '(' || c == ')' || c == '·' || (c >= '0' && c <= '9');
  }

  /** A body's short name and what writes it out: 委 → 委员会, 街道 → 街道办事处. */
  private static final String[][] SHORT_FORMS = {{"委", "员会"}, {"街道", "办事处"}};

  /** The characters that end a region's name, or stand for one alone (县水务局). */
  static final String REGION_ENDS = "省市县区州旗盟";

  /**
   * Whether the key {@code s} starts with a character that stands for the region a body serves
   * ({@link #REGION_ENDS}: 县水利局, 市教育局).
   */
  static boolean startsWithPlace(String s) {
    return !s.isEmpty() && REGION_ENDS.indexOf(s.charAt(0)) >= 0;
  }

  /**
   * True when the key {@code full} names the body that the key {@code name} names, more fully:
   * with the region before it (上海市 + 嘉定区卫生健康委; 镇康 + 县水务局, where 县 stood for it) and
   * perhaps its short form written out (委 → 委员会, 街道 → 街道办事处), or abbreviated in {@code
   * name} ({@link #abbreviates}: 工信委 for 工业和信息化委员会; 县住建局 for 开江县住房和城乡建设局, where 县
   * stands for the region). A body under another
   * (县人民政府 and 县人民政府办公室) is another body.
   */
  static boolean namesMoreFully(String full, String name) {
    if (name.isEmpty()) {
      return false;
    }
    String target = name;
    for (String[] form : SHORT_FORMS) { // 委 for 委员会, 街道 for 街道办事处
      if (name.endsWith(form[0]) && full.endsWith(name + form[1])) {
        target = name + form[1];
      }
    }
    if (!full.endsWith(target)) {
      // 县住建局 for 开江县住房和城乡建设局: 县 stands for the region, the rest abbreviates its body
      int region = startsWithPlace(name) ? full.indexOf(name.charAt(0)) : -1;
      return abbreviates(name, full, 3) || region > 0 && region <= 10 && name.length() > 1
          && abbreviates(name.substring(1), full.substring(region + 1), 2);
    }
    String region = full.substring(0, full.length() - target.length());
    if (region.isEmpty()) {
      return !target.equals(name);
    }
    if (region.length() > 10 || !region.chars().allMatch(c -> Chars.isHan((char) c))) {
      return false;
    }
    return REGION_ENDS.indexOf(region.charAt(region.length() - 1)) >= 0
        || startsWithPlace(name);
  }

  /**
   * True when the key {@code name} is an abbreviation of the key {@code full} (庆阳市工信委 for
   * 庆阳市工业和信息化委员会; 农委 for 农业委员会 after the region, 省农委 for 贵州省农业委员会): shorter,
   * of at least {@code least} characters, each of them in {@code full} in the same order,
   * starting with the same character and ending the same way (the same last character, or 委 for
   * 委员会).
   */
  private static boolean abbreviates(String name, String full, int least) {
    if (name.length() < least || name.length() >= full.length() || name.charAt(0) != full.charAt(0)) {
      return false;
    }
    char last = name.charAt(name.length() - 1);
    if (last != full.charAt(full.length() - 1) && !(last == '委' && full.endsWith("委员会"))) {
      return false;
    }
    return Chars.inOrderIn(name, full);
  }

  /** True when the compact key {@code s} looks like a unit of a body (a 处 or 科 of a 厅). */
  static boolean isUnit(String s) {
    return s.length() >= 3 && isName(s);
  }

  /** The people's organisations that table proposals as bodies (市科协, 县妇联, 共青团市委). */
  private static final Words PEOPLES_ORGANISATIONS = Words.of("科协", "妇联", "侨联", "台联", "青联",
      "总工会", "文联", "社科联");
  /**
   * Whether {@code name} is a people's organisation's ({@link #PEOPLES_ORGANISATIONS}): alone or
   * after its place (科协, 市妇联, 高平市科协), or the Youth League's (共青团市委); not a person's name
   * that ends in the same characters (王文联, 李青联).
   */
  static boolean isPeoplesOrganisation(String name) {
    String org = PEOPLES_ORGANISATIONS.endOf(name);
    return name.startsWith("共青团") || org != null && (name.length() == org.length()
        || "省市县区州旗镇乡".indexOf(name.charAt(name.length() - org.length() - 1)) >= 0);
  }
}
