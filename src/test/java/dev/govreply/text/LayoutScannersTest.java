package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.internal.Chars;
import dev.govreply.model.Disclosure;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.MotionKind;
import dev.govreply.model.ResultClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

  /** Motion citations: kind words, numbers and what stops them. */
  private static final String[] MOTION_TOKENS = {"议事原案", "议事", "原案", "建议", "提案", "议案", "议",
      "建", "提", "案", "事", "原", "12", "1234567890", "241", "0", "号", "號", "第", "〔2024〕", ")",
      "〕", "温", "《", "》", "关于", "的", "会议", "九届人大四次", "对", "在", "提出", "意见", "，", "。",
      "１２", "٣", "号号"};

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

  /** The key of {@code text}, with a span blanked (U+0000) as an earlier scan leaves it. */
  private static char[] scannedKey(Random r, String text) {
    char[] k = Chars.key(text).toCharArray();
    if (k.length > 0 && r.nextInt(4) == 0) {
      int a = r.nextInt(k.length);
      int b = a + r.nextInt(k.length - a + 1);
      Arrays.fill(k, a, b, '\u0000');
    }
    return k;
  }

  /** {@code lookingAt} of {@code p} at {@code i} with transparent, non-anchoring bounds. */
  private static int endAt(Pattern p, String s, int i) {
    Matcher m = p.matcher(s);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    m.region(i, s.length());
    return m.lookingAt() ? m.end() : -1;
  }

  // ---- LineMarks ----

  @Test
  void disclosureEndIsLookingAtOfTheDisclosurePatternAtEveryIndex() {
    Random r = new Random(20241018L);
    for (int t = 0; t < 60_000; t++) {
      char[] k = scannedKey(r, random(r, MARK_TOKENS, 8));
      String key = new String(k);
      for (int i = 0; i <= k.length; i++) {
        int want = endAt(LineMarks.DISCLOSURE, key, i);
        if (LineMarks.disclosureEnd(k, i) != want) {
          assertThat(LineMarks.disclosureEnd(k, i)).as("%s at %d", key, i).isEqualTo(want);
        }
      }
    }
  }

  /** The disclosure scan as first written: every find() match, read by disclosureOf. */
  private static List<LineMarks.Item> disclosureReference(String text, char[] k) {
    List<LineMarks.Item> items = new ArrayList<>();
    String key = new String(k);
    Matcher m = LineMarks.DISCLOSURE.matcher(key);
    while (m.find()) {
      String printed = text.substring(m.start(), m.end());
      Optional<Disclosure> d = LineMarks.disclosureOf(Chars.key(printed));
      if (d.isPresent()) {
        items.add(new LineMarks.Item(LineMarks.Kind.DISCLOSURE, m.start(), m.end(), m.start(1),
            d.get(), Chars.strip(printed), ""));
        Arrays.fill(k, m.start(), m.end(), '\u0000');
      }
    }
    return items;
  }

  /** The result class scans as first written: every find() match of the pattern, parsed. */
  private static List<LineMarks.Item> classesReference(Pattern p, String text, char[] k) {
    List<LineMarks.Item> items = new ArrayList<>();
    String key = new String(k); // read as it was before the scan, while k is blanked
    Matcher m = p.matcher(key);
    while (m.find()) {
      String printed = text.substring(m.start(), m.end());
      try {
        ResultClass c = ResultClass.parse(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
        items.add(new LineMarks.Item(LineMarks.Kind.RESULT_CLASS, m.start(), m.end(), m.start(1),
            c, Chars.strip(printed), ""));
        Arrays.fill(k, m.start(), m.end(), '\u0000');
      } catch (MalformedValueException e) {
        // not a class
      }
    }
    return items;
  }

  @Test
  void markScansGiveTheItemsOfTheirPatternsFindMatches() {
    Random r = new Random(11L);
    int found = 0;
    for (int t = 0; t < 60_000; t++) {
      String text = random(r, MARK_TOKENS, 8);
      char[] k = scannedKey(r, text);
      String key = new String(k);

      char[] want = k.clone();
      List<LineMarks.Item> expected = disclosureReference(text, want);
      char[] got = k.clone();
      List<LineMarks.Item> actual = new ArrayList<>();
      LineMarks.disclosure(text, got, actual);
      assertThat(actual).as("disclosure of %s", key).isEqualTo(expected);
      assertThat(new String(got)).as("disclosure of %s", key).isEqualTo(new String(want));
      found += expected.size();

      want = k.clone();
      expected = classesReference(LineMarks.CLASS_BARE, text, want);
      got = k.clone();
      actual = new ArrayList<>();
      LineMarks.bareClasses(text, got, actual);
      assertThat(actual).as("bare classes of %s", key).isEqualTo(expected);
      assertThat(new String(got)).as("bare classes of %s", key).isEqualTo(new String(want));
      found += expected.size();

      want = k.clone();
      expected = classesReference(LineMarks.CLASS_BRACKET, text, want);
      got = k.clone();
      actual = new ArrayList<>();
      LineMarks.bracketClasses(text, got, actual);
      assertThat(actual).as("bracket classes of %s", key).isEqualTo(expected);
      assertThat(new String(got)).as("bracket classes of %s", key).isEqualTo(new String(want));
      found += expected.size();
    }
    assertThat(found).as("marks found").isGreaterThan(10_000);
  }

  /** The issuer test of {@link LineMarks#scan} skips isName when a char is no name char. */
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

  // ---- MotionCitation ----

  @Test
  void kindAtIsLookingAtOfTheKindPatternAtEveryIndex() {
    Random r = new Random(29L);
    for (int t = 0; t < 100_000; t++) {
      String k = Chars.key(random(r, MOTION_TOKENS, 8));
      int to = r.nextBoolean() ? k.length() : r.nextInt(k.length() + 1);
      for (int i = 0; i < to; i++) {
        Matcher m = MotionCitation.KIND.matcher(k);
        m.region(i, to);
        String want = m.lookingAt() ? m.group() : "-";
        int w = MotionCitation.kindAt(k, i, to);
        String got = w < 0 ? "-" : MotionCitation.KIND_WORDS[w];
        if (!got.equals(want)) {
          assertThat(got).as("%s at %d to %d", k, i, to).isEqualTo(want);
        }
      }
      // all matches one after the other, as fromTitle reads them
      List<String> want = new ArrayList<>();
      Matcher m = MotionCitation.KIND.matcher(k);
      while (m.find()) {
        want.add(m.start() + " " + MotionKind.fromChinese(m.group()).orElse(null));
      }
      List<String> got = new ArrayList<>();
      for (int i = 0; i < k.length(); ) {
        int w = MotionCitation.kindAt(k, i, k.length());
        if (w < 0) {
          i++;
          continue;
        }
        got.add(i + " " + MotionKind.fromChinese(MotionCitation.KIND_WORDS[w]).orElse(null));
        i += MotionCitation.KIND_WORDS[w].length();
      }
      assertThat(got).as(k).isEqualTo(want);
    }
  }

  @Test
  void nextNumberGivesTheNumberPatternsFindMatches() {
    Random r = new Random(31L);
    for (int t = 0; t < 100_000; t++) {
      String k = Chars.key(random(r, MOTION_TOKENS, 8));
      List<String> want = new ArrayList<>();
      Matcher m = MotionCitation.NUMBER.matcher(k);
      while (m.find()) {
        want.add(m.start(1) + "-" + m.end(1));
      }
      List<String> got = new ArrayList<>();
      for (int s = MotionCitation.nextNumber(k, 0); s >= 0;
          s = MotionCitation.nextNumber(k, MotionCitation.digitsEnd(k, s) + 1)) {
        got.add(s + "-" + MotionCitation.digitsEnd(k, s));
      }
      assertThat(got).as(k).isEqualTo(want);
      int p = r.nextInt(k.length() + 1);
      m = MotionCitation.NUMBER.matcher(k);
      int s = MotionCitation.nextNumber(k, p);
      assertThat(s).as("%s from %d", k, p).isEqualTo(m.find(p) ? m.start(1) : -1);
    }
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
   * {@link LineMarks#surelyNone} only says "no" when the full scan says so too, on generated
   * lines of every kind and on every line of the samples; and it says it often enough to matter,
   * and not always.
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
    int[] marks = new int[4];
    for (String text : lines) {
      Line line = new Line(1, 1, text);
      boolean none = LineMarks.surelyNone(text);
      boolean hasMarks = LineMarks.scanSlow(line) != null;
      assertThat(none && hasMarks).as("marks: %s", text).isFalse();
      marks[(none ? 2 : 0) + (hasMarks ? 1 : 0)]++;
    }
    assertThat(marks[2]).as("marks pre-check said no").isGreaterThan(20_000);
    assertThat(marks[1]).as("marks lines the pre-check left to the full scan").isGreaterThan(2_000);
  }

  // ---- PageMetadata ----

  @Test
  void pageMetadataTestIsItsDefinition() {
    Random r = new Random(37L);
    int yes = 0;
    for (int t = 0; t < 200_000; t++) {
      String text = random(r, PAGE_TOKENS, 6);
      Line line = new Line(1, 1, text);
      boolean want = PageMetadata.isSlow(line);
      assertThat(PageMetadata.is(line)).as(text).isEqualTo(want);
      yes += want ? 1 : 0;
    }
    assertThat(yes).isGreaterThan(10_000);
  }

  // ---- Salutation ----

  /** {@link Salutation#spacedNames} as first written: the groups first, then joined. */
  private static List<String> spacedNamesReference(String s) {
    List<String> groups = new ArrayList<>(2);
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && Chars.isBlank(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !Chars.isBlank(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        groups.add(s.substring(i, j));
      }
      i = j;
    }
    List<String> out = new ArrayList<>(groups.size());
    StringBuilder pending = new StringBuilder();
    for (int g = 0; g < groups.size(); g++) {
      String grp = groups.get(g);
      pending.append(grp);
      boolean single = grp.codePointCount(0, grp.length()) == 1;
      boolean last = g == groups.size() - 1;
      if (!single || last) {
        out.add(pending.toString());
        pending.setLength(0);
      }
    }
    if (pending.length() > 0) {
      out.add(pending.toString());
    }
    return out;
  }

  private static String groups(Matcher m) {
    StringBuilder sb = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      sb.append(' ').append(m.start(g)).append('-').append(m.end(g));
    }
    return sb.toString();
  }

  /** {@code find} of an anchored pattern, as {@link Salutation} first read it. */
  private static String found(Pattern p, String k) {
    Matcher m = p.matcher(k);
    return m.find() ? groups(m) : "-";
  }

  private static String lookingAt(Pattern p, String k) {
    Matcher m = p.matcher(k);
    return m.lookingAt() ? groups(m) : "-";
  }

  @Test
  void salutationChecksAgreeWithThePatterns() {
    Random r = new Random(41L);
    int hits = 0;
    for (int t = 0; t < 60_000; t++) {
      String text = random(r, SALUTATION_TOKENS, 8);
      String k = Chars.key(text);
      boolean may = k.contains("代表") || k.contains("委员") || k.indexOf(':') >= 0;
      assertThat(Salutation.mayHold(text)).as(text).isEqualTo(may);
      int colon = k.indexOf(':') < 0 ? text.length() : k.indexOf(':');
      boolean role = k.contains("代表") || k.contains("委员");
      assertThat(Salutation.colonAndRole(text)).as(text).isEqualTo(role ? ~colon : colon);
      assertThat(Salutation.hasRoleWord(text)).as(text).isEqualTo(role);
      String persons = found(Salutation.PERSONS, k);
      String collective = found(Salutation.COLLECTIVE, k);
      assertThat(lookingAt(Salutation.PERSONS, k)).as(k).isEqualTo(persons);
      assertThat(lookingAt(Salutation.COLLECTIVE, k)).as(k).isEqualTo(collective);
      assertThat(lookingAt(Salutation.BODY_PREFIX, k)).as(k)
          .isEqualTo(found(Salutation.BODY_PREFIX, k));
      if (!may) {
        assertThat(persons + collective).as(k).isEqualTo("--");
      }
      if (!Salutation.mayBeCollective(text)) {
        assertThat(collective).as(k).isEqualTo("-");
      }
      hits += persons.equals("-") && collective.equals("-") ? 0 : 1;
      assertThat(Salutation.spacedNames(text)).as(text).isEqualTo(spacedNamesReference(text));
    }
    assertThat(hits).isGreaterThan(5_000);
  }

  // ---- TitleReader ----

  /**
   * The spaced test of a title line, as {@link TitleReader} first wrote it, is a blank in the
   * stripped text: without one, removeLayoutSpaces and removeBlanks give the same.
   */
  @Test
  void aTitleLineIsSpacedWhenItsStrippedTextHasABlank() {
    Random r = new Random(43L);
    String[] tokens = {"关于", "对", "的答复", "a", "b", "2024", "办", "·", "（", ")", "《", "》", "Ab"};
    for (int t = 0; t < 100_000; t++) {
      String text = random(r, tokens, 6);
      String s = Chars.strip(text);
      boolean blank = false;
      for (int i = 0; i < s.length(); i++) {
        blank |= Chars.isBlank(s.charAt(i));
      }
      boolean spaced = !TextNorm.removeLayoutSpaces(s).equals(Chars.removeBlanks(s)) || blank;
      assertThat(blank).as(text).isEqualTo(spaced);
    }
  }
}
