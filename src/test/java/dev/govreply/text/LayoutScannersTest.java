package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.internal.Chars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanners of the layout readers ({@link LineMarks}, {@link TailReader},
 * {@link DateText}, {@link MotionCitation}, {@link PageMetadata}, {@link Salutation}) against the
 * patterns that define them, on generated text: each scanner is compared with its pattern's own
 * matcher ({@code lookingAt} at every start index, or every {@code find} match), and each
 * rewritten method with its regex-based definition written out here.
 */
class LayoutScannersTest {

  /** Text that only some rare tokens hold: supplementary Han, an emoji, lone surrogates. */
  private static final String[] SURROGATES = {"𠀀", "😀", "\uD840", "\uDC00"};

  /** Blanks: ASCII, U+3000, no-break space, tabs and line breaks, zero-width ones. */
  private static final String[] BLANKS = {" ", "  ", "\u3000", "\u00A0", "\t", "\n", "\u000B",
      "\f", "\r", "\u200B", "\uFEFF", "\u2003"};

  /** The marks: disclosure, result class words and brackets in all forms. */
  private static final String[] MARK_TOKENS = {"同意公开", "此件", "本件", "此答复", "此答复件", "此回复件",
      "此复函", "本答复", "件", "公开", "发布", "公开发布", "不公开", "同意对外公开", "不同意公开", "依申请公开",
      "不予公开", "主动公开", "是否完成对外公开", "是", "否", "公开属性", "公开方式", "公开形式", "公开类型", "对外",
      "同意", "不", "予", "依申请", "此", "本", "同", "依", "主", "公", "開", "(", ")", "（", "）", "【", "】",
      "〔", "〕", "[", "]", "［", "］", "﹝", "﹞", "<", ":", "：", "A", "B", "C", "D", "E", "a", "b", "d",
      "x", "Ａ", "Ｂ", "ｄ", "2", "0", "9", "２", "٣", "甲", "乙", "丙", "丁", "甲类", "类", "類", "别", "別",
      "号", "2024", "签发人", "|", "、", ",", "局", "文件", "平政字", "第", "12", "(A", "[B", "【C",
      "〔D", "（Ｂ", "A类", "b类", "B2类", "2类", " 类", "类)", "类 ]", "类】", "（A类）", "[B]", "【D 3 类】",
      "〔C1〕", "A 2 类", "甲类别", "(此件", "公开)", "（本件主动公开）"};

  /** Contact labels, their traditional forms, and what surrounds them in a tail. */
  private static final String[] LABEL_TOKENS = {"联", "系", "人", "聯", "繫", "承办", "承辦", "负责人",
      "負責人", "电话", "手机", "抄送", ":", "：", ":", "。", "a", "1", "１", "-", "(", "〇", "々", "ㄅ"};

  /** Phone numbers and their parts. */
  private static final String[] PHONE_TOKENS = {"0", "1", "3", "7", "9", "0730", "073", "6222076",
      "62220761", "622207612", "13912345678", "139", "1234", "12", "1234567", "8", "(", ")", "（",
      "）", "-", "—", "‐", "–", "~", "－", "转", "分机", "分", "x", "电话", "，", "０", "７", "٣"};

  /** Dates and their parts: digits in all forms, Chinese numerals, separators. */
  private static final String[] DATE_TOKENS = {"2024", "2023", "1999", "12", "1", "0", "9", "31",
      "10", "18", "29", "13", "０", "２", "４", "٣", "年", "月", "日", "-", ".", "/", "－", "．", "／",
      "二〇二四", "〇", "○", "零", "十", "一", "二", "三", "九", "十二", "三十一", "O", "Ｏ", "o", "某某局",
      "，", "20241018", "202410181", "２０２４１０１８", "2024-10-18", "2024.1.8", "x", "号", "年度"};

  /** Page metadata: labels, widgets and their chars, colons and table bars. */
  private static final String[] PAGE_TOKENS = {"索引号", "发布机构", "生成日期", "公开方式", "公开范围",
      "发布日期", "主题分类", "体裁分类", "浏览次数", "点击数", "发文机关", "成文日期", "文号", "有效性",
      "来源", "作者", "字号", "分类", "上一篇", "下一篇", "附件下载", "打印本页", "关闭窗口", "【打印】",
      "【关闭】", "[打印]", "[关闭]", "分享到", "扫一扫", "字体", "收藏本页", "打印", "关闭", "印", "闭", "享",
      "扫", "体", "藏", "索", "引", "号", "发", "布", ":", "：", "|", "｜", "【", "】", "［", "］", "平江县",
      "人民政府", "2024", "2024-10-18", "关于", "的答复", "索 引 号", ">", "＞", "»", "›", "→", " > ", "首页",
      "网站首页", "当前位置", "http://", "https://", "www.", "HTTP://", "h", "w", "。", "，"};

  /** Salutations. */
  private static final String[] SALUTATION_TOKENS = {"尊敬的", "张亮", "王", "代表", "委员", "代", "表",
      "委", "员", "们", "同志", "：", ":", "等", "10", "位", "名", "、", ",", "，", "·", "•", "市政协",
      "县人大", "政协", "人大", "省", "市", "小组", "代表团", "全体代表", "全体委员", "雨露乡", "(", ")",
      "您", "九", "十", "两", "李 寧", "冯  华", "于雪   刘文恕", "岳阳市政协", "委员会", "民盟", "九三学社",
      "工商联", "民革", "支部", "界别", " ", "\u3000"};

  private static String random(Random r, String[] tokens, int maxTokens) {
    int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 3 * maxTokens : maxTokens);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int x = r.nextInt(100);
      if (x < 12) {
        sb.append(BLANKS[r.nextInt(BLANKS.length)]);
      } else if (x < 15) {
        sb.append(SURROGATES[r.nextInt(SURROGATES.length)]);
      } else {
        sb.append(tokens[r.nextInt(tokens.length)]);
      }
    }
    return sb.toString();
  }

  /** {@code lookingAt} of {@code p} at {@code i} with transparent, non-anchoring bounds. */
  private static int endAt(Pattern p, String s, int i) {
    Matcher m = p.matcher(s);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    m.region(i, s.length());
    return m.lookingAt() ? m.end() : -1;
  }

  // ---- OrgNames ----

  /** The issuer test of {@link OrgNames} skips isName when a char is no name char. */
  @Test
  void noNameHasACharOtherThanNameChars() {
    Random r = new Random(5L);
    String[] tokens = {"平江县", "人民政府", "办公室", "交通运输厅", "局", "文件", "(", ")", "·", "2",
        "（", "）", "a", ":", "、", "。", "|", "ｂ", "〇"};
    for (int t = 0; t < 100_000; t++) {
      String k = Chars.key(random(r, tokens, 6));
      String compact = Chars.removeBlanks(k);
      if (!OrgNames.mayBeName(k, 0, k.length())) {
        assertThat(OrgNames.isName(compact)).as(k).isFalse();
      }
      boolean nameChars = true;
      for (int i = 0; i < compact.length(); i++) {
        nameChars &= OrgNames.isNameChar(compact.charAt(i));
      }
      if (!nameChars) {
        assertThat(OrgNames.isName(compact)).as(compact).isFalse();
      }
      assertThat(OrgNames.isUnit(compact)).as(compact)
          .isEqualTo(OrgNames.isName(compact) && compact.length() >= 3);
    }
  }

  // ---- TailReader ----

  @Test
  void mayBeInLabelHoldsForEveryCharALabelMatchMayHold() {
    for (int c = 0; c <= 0xFFFF; c++) {
      char ch = (char) c;
      boolean expected = TextNorm.isRegexSpace(ch) || Character.isSurrogate(ch)
          || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
      assertThat(TailReader.mayBeInLabel(ch)).as("U+%04X", c).isEqualTo(expected);
    }
  }

  @Test
  void labelStartIsTheLabelPatternsFindBeforeEachColon() {
    Random r = new Random(7L);
    int hits = 0;
    for (int t = 0; t < 150_000; t++) {
      String k = Chars.key(random(r, LABEL_TOKENS, 12));
      // as labels reads the key: each colon in turn, the run before it that a match may hold
      int from = 0;
      while (true) {
        int colon = k.indexOf(':', from);
        if (colon < 0) {
          break;
        }
        int runStart = colon;
        while (runStart > from && TailReader.mayBeInLabel(k.charAt(runStart - 1))) {
          runStart--;
        }
        Matcher m = TailReader.LABEL.matcher(k);
        m.region(runStart, colon + 1);
        String want = m.find()
            ? m.start(1) + " " + Chars.removeBlanks(m.group(1)) + " " + m.end() : "-1";
        int start = TailReader.labelStart(k, runStart, colon);
        String got = start < 0 ? "-1" : start + " " + TailReader.hanOf(k, start, colon) + " "
            + (colon + 1);
        assertThat(got).as("%s from %d", k, runStart).isEqualTo(want);
        hits += start < 0 ? 0 : 1;
        from = colon + 1;
      }
    }
    assertThat(hits).isGreaterThan(10_000);
  }

  @Test
  void phoneEndIsLookingAtOfThePhonePatternAtEveryIndex() {
    Random r = new Random(13L);
    int hits = 0;
    for (int t = 0; t < 80_000; t++) {
      String k = Chars.key(random(r, PHONE_TOKENS, 10));
      boolean any = false;
      for (int i = 0; i <= k.length(); i++) {
        int want = endAt(TailReader.PHONE, k, i);
        if (TailReader.Value.phoneEnd(k, i) != want) {
          assertThat(TailReader.Value.phoneEnd(k, i)).as("%s at %d", k, i).isEqualTo(want);
        }
        any |= want >= 0;
      }
      hits += any ? 1 : 0;
      if (any) {
        assertThat(TailReader.mayHavePhone(k)).as(k).isTrue();
      }
    }
    assertThat(hits).isGreaterThan(10_000);
  }

  @Test
  void compactTestsAreThoseOfTheCompactKey() {
    Random r = new Random(17L);
    String[] words = {"抄送", "抄报", "抄送单位", "承办负责人", "负责人", "承办人", "联系人", "联系电话"};
    String[] tokens = {"抄", "送", "抄送", "报", "单位", "承办", "负责人", "联系", "人", "电话", "x", ":"};
    for (int t = 0; t < 100_000; t++) {
      String k = Chars.key(random(r, tokens, 5));
      String compact = Chars.removeBlanks(k);
      for (String w : words) {
        assertThat(TailReader.compactEquals(k, w)).as("%s = %s", k, w)
            .isEqualTo(compact.equals(w));
        assertThat(TailReader.compactStartsLonger(k, w)).as("%s starts with %s", k, w)
            .isEqualTo(compact.startsWith(w) && compact.length() > w.length());
      }
    }
  }

  // ---- DateText ----

  /** The date of a YMD match as first written. */
  private static DateText.Found ymdReference(String text) {
    Matcher m = DateText.YMD.matcher(Chars.key(text));
    if (!m.find()) {
      return null;
    }
    boolean arabic = Character.isDigit(m.group(1).charAt(0));
    boolean canonical = arabic && !m.group(2).startsWith("0") && !m.group(3).startsWith("0")
        && Character.isDigit(m.group(2).charAt(0)) && Character.isDigit(m.group(3).charAt(0))
        && (m.end() - m.start()) == m.group(1).length() + m.group(2).length()
            + m.group(3).length() + 3;
    return new DateText.Found(m.start(), m.end(), DateText.date(m.group(1), m.group(2),
        m.group(3)), canonical);
  }

  private static DateText.Found separatedReference(String text) {
    Matcher m = DateText.SEPARATED.matcher(Chars.key(text));
    return m.find() ? new DateText.Found(m.start(), m.end(), DateText.date(m.group(1), m.group(3),
        m.group(4)), false) : null;
  }

  private static DateText.Found compactReference(String text) {
    Matcher m = DateText.COMPACT.matcher(Chars.key(text));
    return m.find() ? new DateText.Found(m.start(), m.end(), DateText.date(m.group(1), m.group(2),
        m.group(3)), false) : null;
  }

  /** {@link DateText#find} as first written: the cheap tests, then the patterns in turn. */
  private static DateText.Found findReference(String text, DateText.Found ymdMatch,
      DateText.Found separatedMatch, DateText.Found compactMatch) {
    int digits = 0;
    boolean run4 = false;
    boolean run8 = false;
    int run = 0;
    for (int i = 0, n = text.length(); i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
        digits++;
        run++;
      } else {
        run4 |= run == 4;
        run8 |= run == 8;
        run = 0;
      }
    }
    boolean year = text.indexOf('年') >= 0;
    if (!year && digits < 6) {
      return null;
    }
    boolean ymd = year && text.indexOf('月') >= 0 && text.indexOf('日') >= 0;
    boolean separated = run4 && digits >= 6 && (text.indexOf('-') >= 0
        || text.indexOf('.') >= 0 || text.indexOf('/') >= 0 || text.indexOf('－') >= 0
        || text.indexOf('．') >= 0 || text.indexOf('／') >= 0);
    DateText.Found f = null;
    if (ymd) {
      f = ymdMatch;
    }
    if (f == null && separated) {
      f = separatedMatch;
    }
    if (f == null && run8) {
      f = compactMatch;
    }
    return f;
  }

  @Test
  void dateScannersGiveTheFirstMatchOfTheirPatterns() {
    Random r = new Random(19L);
    int found = 0;
    for (int t = 0; t < 80_000; t++) {
      String text = random(r, DATE_TOKENS, 8);
      DateText.Found ymd = ymdReference(text);
      assertThat(DateText.findYmd(text)).as("YMD %s", text).isEqualTo(ymd);
      DateText.Found separated = separatedReference(text);
      assertThat(DateText.findSeparated(text)).as("SEPARATED %s", text).isEqualTo(separated);
      DateText.Found compact = compactReference(text);
      assertThat(DateText.findCompact(text)).as("COMPACT %s", text).isEqualTo(compact);
      DateText.Found f = findReference(text, ymd, separated, compact);
      assertThat(DateText.find(text)).as("find %s", text).isEqualTo(f);
      found += f == null ? 0 : 1;
    }
    assertThat(found).isGreaterThan(10_000);
  }

  @Test
  void datesBuiltFromTheirPartsAgreeWithThePatterns() {
    String[] years = {"2024", "２０２４", "二〇二四", "2O24", "12024", "202", "O〇二四", "1999", "二零二四"};
    String[] spaces = {"", "", " ", "  ", "\u3000", "\t", "\u00A0"};
    String[] parts = {"1", "10", "01", "001", "100", "十", "十二", "三十一", "十二十", "0", "31", "13",
        "2", "29", "二十九", "１"};
    String[] seps = {"年", "月", "日", "-", ".", "/", "－", "．", "x"};
    Random r = new Random(23L);
    int found = 0;
    for (int t = 0; t < 60_000; t++) {
      // 年 月 日, the same separator twice, or any separators
      int form = r.nextInt(3);
      String sep = seps[3 + r.nextInt(seps.length - 3)];
      StringBuilder sb = new StringBuilder();
      if (r.nextBoolean()) {
        sb.append(DATE_TOKENS[r.nextInt(DATE_TOKENS.length)]);
      }
      sb.append(years[r.nextInt(years.length)]);
      for (int p = 0; p < 2; p++) {
        String s = form == 0 ? seps[p] : form == 1 ? sep : seps[r.nextInt(seps.length)];
        sb.append(spaces[r.nextInt(spaces.length)]).append(s)
            .append(spaces[r.nextInt(spaces.length)]).append(parts[r.nextInt(parts.length)]);
      }
      sb.append(spaces[r.nextInt(spaces.length)]);
      if (form == 0 || r.nextBoolean()) {
        sb.append(form == 0 ? "日" : seps[r.nextInt(seps.length)]);
      }
      if (r.nextBoolean()) {
        sb.append(DATE_TOKENS[r.nextInt(DATE_TOKENS.length)]);
      }
      String text = sb.toString();
      DateText.Found ymd = ymdReference(text);
      assertThat(DateText.findYmd(text)).as("YMD %s", text).isEqualTo(ymd);
      DateText.Found separated = separatedReference(text);
      assertThat(DateText.findSeparated(text)).as("SEPARATED %s", text).isEqualTo(separated);
      DateText.Found compact = compactReference(text);
      assertThat(DateText.findCompact(text)).as("COMPACT %s", text).isEqualTo(compact);
      assertThat(DateText.find(text)).as("find %s", text)
          .isEqualTo(findReference(text, ymd, separated, compact));
      found += ymd != null || separated != null ? 1 : 0;
    }
    assertThat(found).isGreaterThan(10_000);
  }

  // ---- exact pre-checks ----

  /** Body text: sentences, punctuation, numbers, quotes. */
  private static final String[] BODY_TOKENS = {"您提出的", "《", "》", "关于", "加强", "的建议", "收悉",
      "，", "。", "现答复如下", "：", "一、", "二、", "（一）", "感谢您对我们工作的关心和支持", "今年", "投入",
      "资金", "163", "万元", "％", "；", "“", "”", "工作", "已", "列入", "年度", "重点任务", "平江县",
      "交通运输局", "2024", "第", "号", "的", "并", "落实", "!", "?", "……", "—", "·", "A", "x", "(", ")"};

  /** Whole marks, labels, dates, names and widgets, as the end and the header print them. */
  private static final String[] PHRASES = {"平交复函〔2021〕5号", "平交复函﹝2021﹞5号", "平交复函[2021]5号",
      "平交复函【2021】5号", "平交复函(2021)5号", "平交复函（2021）5号", "平交函〔2021〕05号", "平政字〔2024〕第12号",
      "签发人：张三", "签发人 张三", "类别：A", "类别:B类", "办理结果：B类", "办复结果：A", "（A类）", "【B】",
      "[C1]", "〔D〕", "﹝A﹞", "A类", "B", "A2", "甲类", "公开属性：主动公开", "此件公开发布", "（本件主动公开）",
      "公开方式：依申请公开", "联系人：周敏", "联系电话：0730-1234567", "联系电话 0730-1234567", "抄送：县人大",
      "抄送", "抄报", "承办人 张三", "负责人 李四", "联系人 王五", "承办负责人：赵六", "0730-6222076",
      "13912345678", "2024年10月18日", "二〇二四年十月十八日", "2024-10-18", "2024.10.18", "20241018",
      "2024/1/8", "平江县交通运输局", "平江县人民政府办公室", "（联系人：周敏；联系电话：0731-57822316）",
      "打印本页", "关闭窗口", "【打印】", "分享到", "扫一扫", "字体：大 中 小", "收藏本页", "索引号：123",
      "发布机构：平江县", "尊敬的张亮代表：", "关于加强农村公路建设的答复", "|", "、", "，", "。", "《", "》",
      "“", "”", "!", "—", "…", "x", "·", "(", ")"};

  /** One to three phrases with blanks between them now and then. */
  private static String phrases(Random r) {
    int n = 1 + r.nextInt(3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (r.nextInt(4) == 0) {
        sb.append(BLANKS[r.nextInt(BLANKS.length)]);
      }
      sb.append(PHRASES[r.nextInt(PHRASES.length)]);
    }
    return sb.toString();
  }

  private static String[] union(String[]... sets) {
    List<String> all = new ArrayList<>();
    for (String[] set : sets) {
      all.addAll(Arrays.asList(set));
    }
    return all.toArray(new String[0]);
  }

  /**
   * {@link TailReader#surelyNotTail} only says "no" when the full test says so too, on generated
   * lines of every kind and on every line of the samples. (Since the marks pre-check it leaned on,
   * {@code LineMarks.surelyNone}, is gone, it says "no" only to lines too long for a tail.)
   */
  @Test
  void preChecksOnlySayNoWhenTheFullTestsDo() throws Exception {
    String[] tokens = union(BODY_TOKENS, MARK_TOKENS, LABEL_TOKENS, PHONE_TOKENS, DATE_TOKENS,
        PAGE_TOKENS, SALUTATION_TOKENS);
    List<String> lines = new ArrayList<>();
    Random r = new Random(41L);
    for (int t = 0; t < 150_000; t++) {
      lines.add(random(r, r.nextBoolean() ? BODY_TOKENS : tokens, 8));
      lines.add(phrases(r));
    }
    // long lines (61 to 200 non-blank chars) are tail lines only when labelled or wrapped
    String filler = "我们将进一步加强督促检查确保各项措施落实到位".repeat(4);
    lines.add("（联系人 张三 " + filler + "）");
    lines.add("联系人 张三 " + filler + "。");
    lines.add("抄送 " + filler + "。");
    lines.add("联系人：张三 " + filler + "。");
    lines.add(filler + "。" + filler + "，" + filler);
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/samples"))) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        lines.addAll(java.nio.file.Files.readAllLines(f));
      }
    }
    int[] tail = new int[4]; // [pre-check says no][full test says yes]
    for (String text : lines) {
      Line line = new Line(1, 1, text);
      boolean notTail = TailReader.surelyNotTail(text);
      boolean isTail = TailReader.isTailLineSlow(new TailReader.Facts(line));
      assertThat(notTail && isTail).as("tail: %s %s", text, text.chars().mapToObj(Integer::toHexString).toList()).isFalse();
      tail[(notTail ? 2 : 0) + (isTail ? 1 : 0)]++;
    }
    assertThat(tail[1]).as("tail lines the pre-check left to the full test").isGreaterThan(5_000);
  }
}
