package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.Disclosure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which lines are web-page metadata around a captured document ({@link PageMetadata#is}), and
 * the values such lines supply ({@link PageMetadata#collect}).
 */
class PageMetadataTest {

  private static boolean is(String text) {
    return PageMetadata.is(new Line(1, 1, text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "索引号：123", "索 引 号: 11430626/2024-01", "发布机构：平江县交通运输局", "公开方式：主动公开",
      "生成日期: 2024-10-18", "文号：平政字〔2024〕12号", "当前位置：首页 > 政务公开", "上一篇：关于…的答复",
      "上一条:对政协丘北县九届四次会议第82号提案的答复", "下一条：关于…的答复",
      "主题分类：交通 | 文号：平交复函〔2021〕5号 |", "打印本页", "【打印】 【关闭】", "[打印] [关闭]",
      "关闭窗口", "分享到：", "用微信扫描二维码分享至好友和朋友圈", "账号+密码登录", "还没有账号?", "立即注册",
      "设为首页 | 加入收藏 | 网站地图 | 联系我们", "扫一扫在手机打开当前页", "字体：大 中 小",
      "你还可以输入40", "文件下载", "政策咨询", "湛江市政府门户网站", "区县政府网站", "如果您对该政策文件有疑问,可以拨打标题上方的电话咨询相关部门。", "标签:", "扫码浏览",
      // a site's notice of a browser too old for it (corpus gu 3987)
      "你正在使用的浏览器版本过低,为保障你的数据安全及获得最佳浏览效果,请使用最新版本的浏览器。",
      "我们建议使用chrome或Microsoft Edge浏览器。", "为了获得更好的访问效果,建议您将IE升级至IE9及以上版本! x", "若你当前使用的浏览器为QQ浏览器、360浏览器、2345浏览器等仍出现该提示,请切换至极速模式。×",
      // a portal's hint to keyboard users and its comments box (corpus jd 5203, ap 785, c 123)
      "特殊稿件右侧区域内容请使用tab按钮切换浏览", "验证码", "全部评论",
      // a site's top bar greeting a visitor to its login box (corpus km 5905)
      "无障碍 适老模式 您好,请 登录 注册", "您好，请登录",
      // the link to the rest of a list of links (corpus kr 6002)
      "更多+", "更多>>", " 更多 ",
      "收藏本页", "【打印正文】", "用户登录", "×", " ✕ ", "打印 关闭", "[纠错]", "【纠错】", "我要纠错", "登录个人中心", "个人中心",
      "http://www.pingjiang.gov.cn/x.html", "HTTPS://example.org", "www.gov.cn",
      "首页 > 政务公开", "网站首页 » 建议提案", "政务公开 > 建议提案 > 答复", "主页→信息公开",
      // a label alone on its line (a table printed a cell a line), with its colon or not
      "索引号", "索 引 号", "来源:", "信息所属单位", "访问量:", "发文机构",
      // a portal's record of the item, and a website's footer
      "领衔代表: 代 表 团:", "所属代表团: 城关代表团 领协代表: 张振新", "题  目: 关于要求通过立法治理“白色污染”的建议 王远健",
      "主办单位:盘锦市住房和城乡建设局 版权所有:盘锦市人民政府办公室 网站地图",
      "网站标识码:2111000037 ICP备案序号:辽ICP备2023000299号-1", "Copyright © 维西县人民政府 版权所有",
      "主办:维西傈僳族自治县人民政府 承办:维西傈僳族自治县人民政府办公室",
      "中阳县政府 www.sxzhongyang.gov.cn 2024-10-08 09:30 来源:中阳县教育体育局 放大 正常 缩小",
      "株洲县政府门户网站 www.jnjejd.com更新时间:2016-09-30作者:字体[ ]",
      // a site's name and its address first on the line, the page's byline (corpus el 2763)
      "温县人民政府门户网站 www.wenxian.gov.cn 发布日期:2024-12-05 15:42",
      "中国政府网 https://www.gov.cn 发布时间:2023-01-01",
      // its address a host name alone (corpus nk 7427)
      "安阳市人民政府门户网站 anyang.gov.cn 时间:2022-08-15 来源:安阳市应急管理局",
      // the text size and bookmark buttons, two on the line or one alone (corpus ej 2725)
      "放大字体 | 缩小字体 | 已收藏,点击取消收藏 点击收藏 点击收藏 | 打印 |", "点击收藏", "语音播报",
      "加大字体 缩小字体 收藏 取消收藏 打印",
      // the table's title cell, and a picture of the page as its text prints it
      "标 题 | 关于加大对苏村镇公立幼儿园办学条件支持的建议的答复", "标题：关于…的答复", "![]()", "所在团",
      "![县政府](https://www.example.gov.cn/logo.png)",
      // a portal article's byline: publisher, views, comments
      "2016-7-14 00:00| 发布者: 大英县人民政府| 查看: 17| 评论: 0|来自: 大英县政府门户网",
      // the page's date line: the date it published the letter, perhaps the time, and a label
      "2015-10-28   来源:办公室", "2023-10-09 10:03 来源: 巴中市卫生健康委员会",
      "2025年07月16日 来源: 上海普陀", "2024-10-15 16:35:02  来源：钦州市退役军人事务局",
      "2022-06-20    点击数:  ",
      // the page's date after its label, then its counter (corpus mm 6943)
      "时间:2017-9-7阅读:340", "发布时间：2023-05-06 10:21 浏览次数：88",
      // a portal's row with 来源于 and 发布人 (corpus ex 3002)
      "来源于: 宜良县人民政府 发布时间:2020-12-01 10:23 发布人:宜良县交运局",
      // a repost's summary of the letter below it (corpus ad 657)
      "核心提示:招啟柏代表:您提出的關于加大力度抓好重要農產品穩產保供的建議收悉。經商財政部,現答復如下。",
      // a portal's section and its links to other versions, perhaps numbered as list items, and a
      // disclosure catalogue's cells and switch (corpus ig 4742, iu 5024, b 81)
      "政府信息公开", "政务公开", "信息公开目录", "1. 本站支持IPV6", "2. 繁体版", "无障碍", "长者模式",
      "有效期", "公开程序", "体裁", "主题", "显示全部表格信息"})
  void pageMetadata(String text) {
    assertThat(is(text)).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "   ", "平江县交通运输局", "关于加强农村公路建设的答复", "尊敬的张亮代表：",
      "联系人：周敏", "您提出的建议收悉。", "2024年10月18日",
      // a body's sentence with words of a site's notice (review)
      "为了获得更好的访问效果，我局将对政务网站进行改版升级。",
      // a date beside a contact's label, a page's label after text, a label inside a sentence
      "2024年10月18日 联系人：周敏", "平江县交通运输局 来源:办公室", "2024年10月18日来源于群众反映：路面破损。",
      // a letter's own date line with a label of the letter's (review)
      "2024年5月31日　公开方式：主动公开", "2024-05-31 文号：平政字〔2024〕12号", "2024年5月31日 分类：A类",
      "时间：2024年5月31日 联系人：周敏", // a date after its label, then a contact's label
      "索引号为123", // a label inside a word
      "说明：文号：平政字〔2024〕12号", // a label inside a line that is no table row
      "政务公开 > 建议提案", // two names not from the home page
      "首页 > 政务公开。现答复如下", // a sentence
      ">> 建议", "首页 >", "hello", "w",
      "标题党不是好作风。", // the label inside a word
      "![]()您提出的建议收悉。", // a picture's mark before text
      "经实地查看：该路段已硬化。", // 查看 in a sentence
      "新建泵站2座×3台", // a multiplication sign in a sentence is no close button
      "二、群众可在网站首页点击用户登录,使用实名账号查询办理进度。", // a widget's word in a sentence
      "请先打印关闭通知单。", // print and close in a sentence
      "建立容错纠错机制。", // 纠错 in a sentence
      "可登录个人中心查询办理进度。", // a widget's words in a sentence
      // a button's word in a title or a sentence on large type or read-aloud services (review F1)
      "关于药品说明书放大字体便于老年人阅读的提案的答复", "关于推广政务服务语音播报功能的建议的答复",
      "附件：政务网站放大字体功能使用说明",
      "关于政务网站增设放大字体和语音播报功能的建议的答复", // two buttons' words in a title (second review F6)
      // a site and its address inside a sentence, not first on the line
      "请登录温县人民政府门户网站 www.wenxian.gov.cn 查询。", "可在中国政府网 www.gov.cn 查询办理进度。",
      "请登录温县人民政府门户网站 wenxian.gov.cn 查询。", "温县人民政府门户网站wenxian.gov.cnn时间:",
      "平江县政务服务中心", // a body named …中心
      "二、下一步，我办将在网站首页开设“我要纠错”专栏，方便群众反映问题。", // the button named in a sentence
      "联系人：张三（如有错漏请点击“我要纠错”）", "（联系人：黄兴，联系电话：0434—7222245）[纠错]",
      "摘要：你提出的关于加强老旧小区改造的建议收悉。", // a reply published as its summary
      // a portal's section or a site's version named in a sentence, a numbered point of the body
      "关于加强政府信息公开工作的建议的答复", "3. 本站支持老年人浏览的繁体版页面已上线。", "1. 加强政务公开",
      // a catalogue's cell label that starts a letter's line with its value (second review)
      "主题：加强社区养老服务", "有效期：2023年至2025年，逾期自动失效。", "主题 教育活动已经开展"})
  void notPageMetadata(String text) {
    assertThat(is(text)).as(text).isFalse();
  }

  @Test
  void collectsTheValuesItStatesWell() {
    PageMetadata page = new PageMetadata();
    page.collect(new Line(1, 1, "索引号：123 | 公开方式：主动公开 | 文号：平政字〔2024〕12号 |"));
    page.collect(new Line(2, 1, "发布机构：平江县交通运输局"));
    page.collect(new Line(3, 1, "公开方式: 依申请公开 组配分类: 人大建议"));
    assertThat(page.disclosure).isEqualTo(Disclosure.PUBLIC);
    assertThat(page.documentNumber).hasToString("平政字〔2024〕12号");
    assertThat(page.issuer).isEqualTo("平江县交通运输局");
  }

  /**
   * A row whose first label stands as a cell and whose next labels keep their colons (ie 4705: its
   * document number was lost, the rows left as text not placed) is the page's; its values are read.
   */
  @Test
  void aRowOfALabelCellAndLabelsWithColons() {
    String row = "文号 安文旅广函〔2023〕148号 成文日期: 2023年08月30日";
    assertThat(is(row)).isTrue();
    assertThat(is("有效性 有效 公开日期: 2023年08月30日09时04分")).isTrue();
    PageMetadata page = new PageMetadata();
    page.collect(new Line(1, 1, row));
    assertThat(page.documentNumber).hasToString("安文旅广函〔2023〕148号");
    assertThat(is("文号相同的建议: 已合并办理。")).isFalse(); // no label's cell: a sentence
    assertThat(is("公开责任部门 市文化和旅游广电局 公开形式: 主动公开")).isTrue(); // its words were lost
    assertThat(is("公开目录: 政协委员提案办理")).isTrue(); // text not placed before (v 528)
  }

  /**
   * A value whose last words run into the next label in the row's compact key (主动公开 责任部门 reads
   * 主动公开责任部门, which holds the label 公开责任部门) ends at the shorter label (gk 3788's
   * disclosure, lost while 公开责任部门 was being added).
   */
  @Test
  void aValueEndsAtTheShorterLabelItsWordsRunInto() {
    PageMetadata page = new PageMetadata();
    page.collect(new Line(1, 1, "公开形式 主动公开 责任部门 民乐县公安局"));
    assertThat(page.disclosure).isEqualTo(Disclosure.PUBLIC);
    // only a disclosure's 公开 runs into a label; other values end where the longest label starts
    for (String row : List.of("公开形式 主动公开 公开责任部门 市文旅局", "公开形式 主动公开 信息来源 市文旅局",
        "文号 安文旅广函〔2023〕148号 信息来源: 市文旅局", "文号 安文旅广函〔2023〕148号 公开责任部门 市文旅局")) {
      PageMetadata each = new PageMetadata();
      each.collect(new Line(1, 1, row));
      assertThat(each.disclosure != null || each.documentNumber != null).as(row).isTrue();
    }
  }

  /**
   * A site greets its visitors (欢迎访问土地内参!, corpus bm 1223, where the greeting had started the
   * body above the title); a letter's closing welcomes the member's views, never a visit.
   */
  @Test
  void aSiteGreetsItsVisitorsALetterWelcomesViews() {
    assertThat(is("欢迎访问土地内参!")).isTrue();
    assertThat(is("欢迎光临本站")).isTrue();
    assertThat(is("欢迎今后提出更多宝贵意见。")).isFalse();
    assertThat(is("欢迎来到中国人民政治协商会议渭南市委员会!")).isTrue();
    // a visit to guide the work, or in a sentence, is the letter's (review)
    assertThat(is("欢迎您光临南捞乡指导工作!")).isFalse();
    assertThat(is("欢迎访问南捞乡小麻栗坡革命老区旧址。")).isFalse();
  }

  /**
   * A print or close button alone on its line is the page's (corpus w 546: 打印 between the web
   * metadata and the letter, read as text not placed, joined the signature on a second read).
   */
  @Test
  void aPrintOrCloseButtonAloneIsThePages() {
    assertThat(is("打印")).isTrue();
    assertThat(is("关闭")).isTrue();
    assertThat(is("请打印后关闭")).isFalse();
    // the page's download buttons, a site search box's options (corpus bk 1184, h 246)
    assertThat(is("【下载Word】")).isTrue();
    assertThat(is("下载Word 下载PDF")).isTrue();
    assertThat(is("搜索位置")).isTrue();
    assertThat(is("匹配度")).isTrue();
    // a sentence that tells where a form is downloaded is the letter's (review)
    assertThat(is("申请表可在局网站下载Word格式。")).isFalse();
  }

  /**
   * A portal's list prints a bullet before each label: a bulleted label with its colon is the
   * page's however long its value (corpus bl 1205: the title after "- 名称:" had started the body).
   */
  @Test
  void aBulletedLabelWithItsColonIsThePages() {
    assertThat(is("- 名称: (湘水提〔2017〕046号A类)对省十二届人大七次会议 第1746号建议的答复")).isTrue();
    assertThat(is("• 发布机构: 省水利厅")).isTrue();
    assertThat(is("- 我们将加强督促检查，确保各项措施落实到位，切实推进农村公路养护工作。")).isFalse();
  }

  /**
   * A row of a portal's list with two items: the index number's value ends where the next item
   * starts, and the number under a label of its own form (备注/文号) is read (corpus m 345, its
   * first two lines on one).
   */
  @Test
  void aRowOfTwoItemsGivesTheSecondItemsValue() {
    PageMetadata page = new PageMetadata();
    page.collect(new Line(1, 1, "• 索 引 号:QZ00104-2602-2025-00254    • 备注/文号:泉教函〔2025〕187号"));
    assertThat(page.documentNumber).hasToString("泉教函〔2025〕187号");
  }

  /**
   * 公开属性 is a label the letter prints too (公开属性：依申请公开 below its date): it supplies the
   * disclosure from a row of page metadata, but a line starting with it is not the page's.
   */
  @Test
  void aLabelTheLetterPrintsTooIsNoPageLine() {
    assertThat(is("公开属性：依申请公开")).isFalse();
    PageMetadata page = new PageMetadata();
    page.collect(new Line(1, 1, "索引号：123 | 公开属性：依申请公开 |"));
    assertThat(page.disclosure).isEqualTo(Disclosure.ON_REQUEST);
  }

  /**
   * A portal's list of labels and values: a label and its value glued in one item (- 文号弥民函…,
   * • 文  號環建函…, as printed), or a label alone and its value as the next item (• 文 号: /
   * • 泰水〔2024〕86号), its bullet no part of the value.
   */
  @Test
  void aListOfLabelsAndValuesGivesItsValues() {
    PageMetadata glued = new PageMetadata();
    glued.collect(new Line(1, 1, "- 索引号000014348/2020-02432"));
    glued.collect(new Line(2, 1, "- 文号弥民函〔2017〕14号"));
    assertThat(glued.documentNumber).hasToString("弥民函〔2017〕14号");
    PageMetadata traditional = new PageMetadata();
    traditional.collect(new Line(1, 1, "      • 文  號環建函〔2017〕27號"));
    assertThat(traditional.documentNumber).hasToString("環建函〔2017〕27号");
    PageMetadata below = new PageMetadata();
    below.collect(new Line(1, 1, "  • 文 号:"), new Line(2, 1, "  • 泰水〔2024〕86号"));
    assertThat(below.documentNumber).hasToString("泰水〔2024〕86号");
    PageMetadata disclosure = new PageMetadata();
    disclosure.collect(new Line(1, 1, "  • 公开类别: 主动公开"));
    assertThat(disclosure.disclosure).isEqualTo(Disclosure.PUBLIC);
    PageMetadata notListed = new PageMetadata();
    notListed.collect(new Line(1, 1, "文号弥民函〔2017〕14号"));
    assertThat(notListed.documentNumber).isNull();
    assertThat(notListed.documentNumber()).isNull();
  }

  /**
   * A document number the page prints whole as a value no label names as one: after the label of
   * the text's source (corpus pj 8422) or a label of the number cut to its end (号: for 文号), up to
   * the line's end or the next label; or in a portal's list of the page's values without their
   * labels, known by the index number among them (ah 704). Not after another label, which may
   * name another document (下一篇, 相关链接), nor one followed by more text; not in a list without
   * the page's index number (a list of related documents); not one with a page's label glued
   * before it, nor one of two different numbers; a number a label names comes first.
   */
  @Test
  void aDocumentNumberPrintedWholeWithoutItsLabelIsTheDocumentsNumber() {
    assertThat(numberOf("  • 富源县民政局", "  • 富民复〔2021〕17号", "  • 015158708/2022-07268"))
        .isEqualTo("富民复〔2021〕17号");
    assertThat(numberOf("来源:个住建函〔2019〕55号 发布日期:2019-12-06 浏览次数:"))
        .isEqualTo("个住建函〔2019〕55号");
    assertThat(numberOf("号: cxs021-/2020-1203040 信息分类: 农业", "号: 楚市水复〔2020〕38号"))
        .isEqualTo("楚市水复〔2020〕38号");
    assertThat(numberOf("分类:B类上文〔2024〕1号")).isNull();
    assertThat(numberOf("下一篇: 某水复〔2023〕56号 关于第56号提案的答复")).isNull();
    assertThat(numberOf("上一篇:某水复〔2023〕54号")).isNull();
    assertThat(numberOf("相关链接: 某水复〔2023〕54号")).isNull();
    assertThat(numberOf("来源:某水复〔2023〕54号 关于第54号提案的答复")).isNull();
    assertThat(numberOf("相关文件", "  • 某政办发〔2021〕3号")).isNull();
    assertThat(numberOf("  • 015158708/2022-07268", "  • 来源个住建函〔2019〕55号")).isNull();
    assertThat(numberOf("来源:个住建函〔2019〕55号", "来源:个住建函〔2019〕56号")).isNull();
    assertThat(numberOf("来源:个住建函〔2019〕55号 | 发布日期:2019", "来源:个住建函〔2019〕55号"))
        .isEqualTo("个住建函〔2019〕55号");
    assertThat(numberOf("来源:个住建函〔2019〕55号", "文号:个住建函〔2019〕56号"))
        .isEqualTo("个住建函〔2019〕56号");
  }

  private static String numberOf(String... lines) {
    PageMetadata page = new PageMetadata();
    for (int i = 0; i < lines.length; i++) {
      page.collect(new Line(i + 1, 1, lines[i]));
    }
    return page.documentNumber() == null ? null : page.documentNumber().toString();
  }

  /**
   * A portal's table printed a row a line: each row starts with a label as a cell, also when a
   * value holds a time's colon (发布日期 2021-07-05 17:27) or the label is 名称 (the page's name of
   * the document, not its title).
   */
  @Test
  void rowsOfAPortalsTableArePageMetadata() {
    assertThat(PageMetadata.is(new Line(1, 1, "发布机构 阿图什市人民政府 发布日期 2021-07-05 17:27")))
        .isTrue();
    assertThat(PageMetadata.is(new Line(1, 1, "名        称 关于对自治州政协十三届五次会议委员第42号提案的答复函")))
        .isTrue();
    assertThat(PageMetadata.is(new Line(1, 1, "关于对自治州政协十三届五次会议委员第42号提案的答复函"))).isFalse();
    assertThat(PageMetadata.is(new Line(1, 1, "会议时间定于上午9:30,请准时参加。"))).isFalse();
  }

  /** A page's read-aloud player (语音播报, 进入播报模式, 语音合成中…) is its furniture. */
  @Test
  void aReadAloudPlayerIsPageMetadata() {
    for (String row : List.of("语音播报", "语音合成中,请耐心等待...", "进入播报模式", "退出播报模式")) {
      assertThat(PageMetadata.is(new Line(1, 1, row))).as(row).isTrue();
    }
    assertThat(PageMetadata.is(new Line(1, 1, "我局将通过广播电视开展政策宣传播报。"))).isFalse();
  }

  /** A repost's summary field (摘要：{…}) is the page's; a reply's own 答复摘要 title is not a label. */
  @Test
  void aRepostsSummaryIsPageMetadata() {
    assertThat(PageMetadata.is(new Line(1, 1, "摘要: {\"原始ID\":\"0aeb6d74\",\"发布时间\":\"2016年07月14日\"}")))
        .isTrue();
    assertThat(PageMetadata.is(new Line(1, 1, "十三届全国人大二次会议第1017号建议的答复摘要"))).isFalse();
  }

  /** A CPPCC portal's record of a proposal (提案者, 提案标题, 督办领导, 协商方式, 办结时间) is the page's. */
  @Test
  void aProposalsRecordIsPageMetadata() {
    for (String row : List.of("提案者:唐会生等3位委员", "提案标题:关于将何现龙故居确定为县级文物保护单位的提案",
        "督办领导:县文化和旅游局副局长 宋洪青", "协商方式:其他方式面商", "办结时间:2019年10月17日",
        "领衔代表:蔡亦海", "附议代表:周建设、黄文磊、虞国伦、陈先武")) {
      assertThat(PageMetadata.is(new Line(1, 1, row))).as(row).isTrue();
    }
  }

  /** A table printed with its borders (| 公开方式 | 主动公开 |): a value is its cell's text. */
  @Test
  void aValueInATablesCellsLeavesItsBorders() {
    PageMetadata page = new PageMetadata();
    page.collect(Line.betweenBorders(1, 3, "公开方式 | 主动公开 | 公开时限 | 长期公开"));
    page.collect(Line.betweenBorders(2, 3, "文号 | 施民政发〔2025〕10号 | 成文日期 | 2025-03-01"));
    assertThat(page.disclosure).isEqualTo(Disclosure.PUBLIC);
    assertThat(page.documentNumber).hasToString("施民政发〔2025〕10号");
  }

  /** 发文字号 is the document number's label too; a label may be printed spaced out (文 号). */
  @Test
  void theDocumentNumberUnderEitherLabelSpacedOrNot() {
    PageMetadata spaced = new PageMetadata();
    spaced.collect(new Line(1, 1, "文 号: | 商政文〔2024〕83号 | 所属主题: | 商政文 |"));
    assertThat(spaced.documentNumber).hasToString("商政文〔2024〕83号");
    PageMetadata issued = new PageMetadata();
    issued.collect(new Line(1, 1, "索 引 号: 640000018/2020-00446 发文字号: 宁农〔2020〕110号"));
    assertThat(issued.documentNumber).hasToString("宁农〔2020〕110号");
    PageMetadata cells = new PageMetadata();
    cells.collect(new Line(1, 1, "发文字号 宁林函〔2025〕559号 公开形式 主动公开"));
    assertThat(cells.documentNumber).hasToString("宁林函〔2025〕559号");
    assertThat(cells.disclosure).isEqualTo(Disclosure.PUBLIC);
  }

  /**
   * A portal may print its labels in brackets instead of before a colon ([ 发文字号 ], 【索引号】):
   * the line is the page's, and each value is its label's, up to the next label.
   */
  @Test
  void labelsInBracketsAreLabelsWithTheirColons() {
    Line row = new Line(1, 1,
        "  • [ 索引号 ] 11500000009276433Y/2025-00103 [ 发文字号 ] 渝水议函〔2025〕93号");
    assertThat(PageMetadata.is(row)).isTrue();
    PageMetadata page = new PageMetadata();
    page.collect(row);
    assertThat(page.documentNumber).hasToString("渝水议函〔2025〕93号");
    PageMetadata full = new PageMetadata();
    full.collect(new Line(1, 1, "【公开方式】主动公开 【文号】宁林函〔2025〕559号"));
    assertThat(full.documentNumber).hasToString("宁林函〔2025〕559号");
    assertThat(full.disclosure).isEqualTo(Disclosure.PUBLIC);
    // a label in brackets with its own colon after them (review)
    PageMetadata colon = new PageMetadata();
    colon.collect(new Line(1, 1, "【文号】：渝水议函〔2025〕93号"));
    assertThat(colon.documentNumber).hasToString("渝水议函〔2025〕93号");
    // words in brackets that are no label stay text
    assertThat(PageMetadata.is(new Line(1, 1, "[ 注意 ] 本页内容仅供参考"))).isFalse();
  }

  /** A value ends before the next label; a label's value may be in the next cell of its row. */
  @Test
  void aValueEndsAtTheNextLabelOrIsInTheNextCell() {
    PageMetadata page = new PageMetadata();
    page.collect(new Line(1, 1, "公开方式: 主动公开 组配分类: 人大建议"));
    assertThat(page.disclosure).isEqualTo(Disclosure.PUBLIC);
    PageMetadata cells = new PageMetadata();
    cells.collect(new Line(1, 1, "索引号: | 113708260043292762/2025-04080 | 公开方式: | 依申请公开 |"));
    assertThat(cells.disclosure).isEqualTo(Disclosure.ON_REQUEST);
    PageMetadata bare = new PageMetadata();
    bare.collect(new Line(1, 1, " 索 引 号  luozhuangqulz211/2018-0000035  公开方式  主动公开"));
    assertThat(bare.disclosure).isEqualTo(Disclosure.PUBLIC);
    // the next label printed spaced (主  题  词:) ends the value too; 公文范围 is a portal's 公开范围
    PageMetadata spaced = new PageMetadata();
    spaced.collect(new Line(1, 1, "索  引  号:11532329015178442p-/2020-1201010 公文范围:公开 发布机构:武定县政府办 "
        + "失效日期: 发文字号:武农复〔2020〕11号 主  题  词: 标      题:武定县农业农村局对…的答复"));
    assertThat(spaced.documentNumber).hasToString("武农复〔2020〕11号");
    assertThat(spaced.disclosure).isEqualTo(Disclosure.PUBLIC);
    // a table's cells flattened without blanks: a value ends where the page's next label starts
    PageMetadata glued = new PageMetadata();
    glued.collect(new Line(1, 1, "成文日期:2018-05-17文号:静府督复〔2018〕1号索取号:JA0300000-2018-072"
        + "发布机构:区政府载体类型:纸质公开类型:主动公开"));
    assertThat(glued.documentNumber).hasToString("静府督复〔2018〕1号");
    assertThat(glued.disclosure).isEqualTo(Disclosure.PUBLIC);
    // a value's last word before the next label is no spaced label (reviewed)
    PageMetadata words = new PageMetadata();
    words.collect(new Line(1, 1, "公开方式：依申请 公开 来源：县政府办"));
    assertThat(words.disclosure).isEqualTo(Disclosure.ON_REQUEST);
    PageMetadata publisher = new PageMetadata();
    publisher.collect(new Line(1, 1, "发布机构：市 交通局 文号：某交复〔2024〕12号"));
    assertThat(publisher.issuer).isEqualTo("市交通局");
    assertThat(publisher.documentNumber).hasToString("某交复〔2024〕12号");
  }

  /**
   * 分类 with a class is the letter's mark, with a portal's category the page's; 公开类型 is a
   * label the letter prints too, so its line stays the letter's (reviewed).
   */
  @Test
  void theLabels分类And公开类型() {
    assertThat(PageMetadata.is(new Line(1, 1, "分类：综合政务"))).isTrue();
    assertThat(PageMetadata.is(new Line(1, 1, "分类：B"))).isFalse();
    assertThat(PageMetadata.is(new Line(1, 1, "公开类型：依申请公开"))).isFalse();
  }

  @Test
  void theFirstValueStaysAndBadOnesAreLeftOut() {
    PageMetadata page = new PageMetadata();
    page.collect(new Line(1, 1, "文号：不是文号"));
    page.collect(new Line(2, 1, "公开方式：依申请公开"));
    page.collect(new Line(3, 1, "公开方式：主动公开"));
    page.collect(new Line(4, 1, "发布机构：点击这里"));
    assertThat(page.documentNumber).isNull();
    assertThat(page.disclosure).isEqualTo(Disclosure.ON_REQUEST);
    assertThat(page.issuer).isNull();
  }

  /**
   * A record's row of cells, labels and values set apart by blanks, is the page's wherever its
   * first cell starts when two or more of the page's labels stand in it; its 类别 is the reply's
   * class where the letter states none (corpus bf 1085, ce 1585, d 162: 类别 A had been lost).
   * 类别 with a class on the letter's own line of marks stays the letter's.
   */
  @Test
  void aRecordsRowOfCellsGivesItsClass() {
    Line row = new Line(1, 1, "签发人 李杨 签发日期 2021-07-20 发布日期 2021-07-22 类别 A");
    assertThat(PageMetadata.is(row)).isTrue();
    assertThat(PageMetadata.is(new Line(1, 1, "签发人 张志清 签发日期 2023-09-07 17:16 类别 B"))).isTrue();
    assertThat(PageMetadata.is(new Line(1, 1, "签发人 李杨"))).isFalse();
    assertThat(PageMetadata.is(new Line(1, 1, "类别：A"))).isFalse();
    assertThat(PageMetadata.is(new Line(1, 1, "铜川市耀州区农业农村局 |类 别: A |"))).isFalse();
    ReplyTextReader reader = ReplyTextReader.standard();
    String letter = "汉阴县水利局关于办理县十八届人大五次会议第142号建议的函\n办理部门 汉阴县水利局 处理状态 已办结\n"
        + "%s\n欧阿玺代表提出的《关于新建蒲溪镇田禾水库的建议》。\n已办。\n";
    ReadResult r = reader.read(letter.formatted(row.text()));
    assertThat(r.reply().resultClass()).map(Object::toString).contains("A");
    assertThat(r.report().provenance()).containsEntry("resultClass", Provenance.WEB_PAGE);
    ReadResult notARecord = reader.read(("汉阴县水利局关于办理县十八届人大五次会议第142号建议的函\n%s\n"
        + "欧阿玺代表提出的《关于新建蒲溪镇田禾水库的建议》。\n已办。\n").formatted(row.text()));
    assertThat(notARecord.reply().resultClass()).isEmpty();
  }
}
