package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the start of a line is read as by {@link Salutation}: the addressees it names, or none. */
class SalutationTest {

  private static Salutation.Found find(String text) {
    return Salutation.find(new Line(1, 1, text));
  }

  /** Names joined by |, the role, the stated count and whether there are others. */
  private static String read(String text) {
    Salutation.Found f = find(text);
    if (f == null) {
      return "-";
    }
    Addressee a = f.addressee();
    return String.join("|", a.names()) + " " + a.role().map(AddresseeRole::name).orElse("-")
        + " " + (a.statedCount().isPresent() ? String.valueOf(a.statedCount().getAsInt()) : "-") + " " + a.andOthers()
        + (a.collective() ? " collective" : "");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "张亮代表： = 张亮 DEPUTY - false",
      "尊敬的王爱珍代表: = 王爱珍 DEPUTY - false",
      "尊敬袁大金代表: = 袁大金 DEPUTY - false",
      // names masked on a published page, kept as printed
      "许**委员: = 许** MEMBER - false",
      "***代表: = *** DEPUTY - false",
      "xx委员: = xx MEMBER - false",
      // a person's name may end in 组: only a longer name ending in it is a group (review of 27938994)
      "张建组代表： = 张建组 DEPUTY - false",
      "欧阳建组代表： = 欧阳建组 DEPUTY - false",
      // a transliterated name with its middle dot may be longer than six characters
      "尊敬的依力江·阿克木委员: = 依力江·阿克木 MEMBER - false",
      "马青、周丽等委员: = 马青|周丽 MEMBER - true",
      "童勋海等10位代表: = 童勋海 DEPUTY 10 true",
      "王某9名代表: = 王某 DEPUTY 9 true",
      "张三、李四等两位代表： = 张三|李四 DEPUTY 2 true",
      "李明、王芳等十名委员： = 李明|王芳 MEMBER 10 true",
      "姜欣(等10位)代表: = 姜欣 DEPUTY 10 true",
      "范吉军等13位人大代表: = 范吉军 DEPUTY 13 true",
      // a count of persons; the member's unit in brackets after the role; the role after each
      // name of the list (the last one's printed twice)
      "张志宪、郝玉伟、贾广兵等13人委员: = 张志宪|郝玉伟|贾广兵 MEMBER 13 true",
      "李世龙等人大代表: = 李世龙 DEPUTY - true",
      // 各位 (each of those named) before the role is no part of the last name
      "张林、陈潇各位人大代表: = 张林|陈潇 DEPUTY - false",
      // a person whose name ends in a party's name is a person (second review)
      "欧阳民建代表: = 欧阳民建 DEPUTY - false",
      "司马民进委员: = 司马民进 MEMBER - false",
      "民进市直总支各位委员: = 民进市直总支 MEMBER - false collective", // a party's branch (third review)
      // a proposing party named with a role is the party, a body (corpus bu 1384)
      "农工党代表: = 农工党 DEPUTY - false collective",
      "九三学社委员: = 九三学社 MEMBER - false collective",
      // so is a people's organisation that tables proposals (corpus gb 3605)
      "尊敬的科协代表: = 科协 DEPUTY - false collective",
      "市妇联委员: = 市妇联 MEMBER - false collective",
      "共青团市委委员: = 共青团市委 MEMBER - false collective",
      "高平市科协代表: = 高平市科协 DEPUTY - false collective",
      // a person whose name ends in one is a person (review Q2)
      "王文联委员: = 王文联 MEMBER - false",
      "李青联代表: = 李青联 DEPUTY - false",
      "张林、陈潇各位代表: = 张林|陈潇 DEPUTY - false",
      "张林等各位代表: = 张林 DEPUTY - true",
      "苏璇委员(区应急管理局): = 苏璇 MEMBER - false",
      "尊敬的释彻正委员,你在区政协八届一次会议上的提案收悉 = 释彻正 MEMBER - false",
      "关建华委员、阿斯卡尔·艾尼完委员、王伦青委员委员: = 关建华|阿斯卡尔·艾尼完|王伦青 MEMBER - false",
      "张亮代表、李明代表： = 张亮|李明 DEPUTY - false",
      // two names of a list whose 、 was lost, run together or joined by 并 (jc 5186, gs 3945): read
      // as two when each part starts with a common surname; else kept whole (a rarer surname, 矣 of
      // corpus nm 7462; a name of six, a surname of two, a body's name; review of ad854b7e); a name
      // of six alone, or with a dot, stays one
      "姚文荣、柏永剑李俊杰、李开华代表: = 姚文荣|柏永剑|李俊杰|李开华 DEPUTY - false",
      "姚文荣、柏永剑矣俊杰、李开华代表: = 姚文荣|柏永剑矣俊杰|李开华 DEPUTY - false",
      "高袁、阿不都热合曼代表: = 高袁|阿不都热合曼 DEPUTY - false",
      "吉克阿依果果、李明代表: = 吉克阿依果果|李明 DEPUTY - false",
      "欧阳娜娜李明、高袁代表: = 欧阳娜娜李明|高袁 DEPUTY - false",
      "县农业农村局、李明代表: = 县农业农村局|李明 DEPUTY - false",
      "刘燕并陈红莲、高袁代表: = 刘燕|陈红莲|高袁 DEPUTY - false",
      "高袁、陈红莲及刘燕代表: = 高袁|陈红莲|刘燕 DEPUTY - false",
      "阿不都热合曼代表: = 阿不都热合曼 DEPUTY - false",
      "高袁、阿不都·热合曼代表: = 高袁|阿不都·热合曼 DEPUTY - false",
      "郝爱军代表,您好: = 郝爱军 DEPUTY - false",
      "郝爱军代表，你好！ = 郝爱军 DEPUTY - false",
      "尚路鹏（等4位）代表： = 尚路鹏 DEPUTY 4 true",
      "市政协王丽娟委员： = 王丽娟 MEMBER - false",
      "县人大李明代表： = 李明 DEPUTY - false",
      "尊敬的王亚春区人大代表: = 王亚春 DEPUTY - false",
      // in traditional characters the body and the role are no part of the names either (review)
      "張小華政協委員： = 張小華 MEMBER - false", "關建華委員、韓大林委員： = 關建華|韓大林 MEMBER - false",
      "王亞春區人大代表： = 王亞春 DEPUTY - false", "縣人大李明代表： = 李明 DEPUTY - false",
      "刘苍林政协绿春县委员: = 刘苍林 MEMBER - false",
      "政协绿春县刘苍林委员: = 刘苍林 MEMBER - false",
      "李明县政协委员： = 李明 MEMBER - false",
      "于雪   刘文恕代表： = 于雪|刘文恕 DEPUTY - false",
      "冯  华委员： = 冯华 MEMBER - false",
      "李 寧代表： = 李寧 DEPUTY - false",
      "    王立超  委员 = 王立超 MEMBER - false",
      "张亮代表们： = 张亮 DEPUTY - false",
      "张亮代表同志： = 张亮 DEPUTY - false",
      // 领衔: the deputy who leads a joint item, named for all who signed it (corpus dj 2204)
      "李名余领衔代表: = 李名余 DEPUTY - false",
      // 及各位: the one named and all the others (corpus do 2302)
      "陈源松及各位委员： = 陈源松 MEMBER - true",
      // 并附议人: the one named and those who seconded the item, not named (corpus lv 6605)
      "胡友彪委员并附议人: = 胡友彪 MEMBER - true",
      "王五代表及附议代表： = 王五 DEPUTY - true",
      "尊敬的王芳领衔委员： = 王芳 MEMBER - false",
      // a body that tabled the motion with the members, in their list: kept whole
      "县政协民族和宗教委、黄洪强委员: = 县政协民族和宗教委|黄洪强 MEMBER - false",
      "民革自治区委员会、民建自治区委员会、王凤华委员、乌兰托雅委员 = "
          + "民革自治区委员会|民建自治区委员会|王凤华|乌兰托雅 MEMBER - false",
      "县政协提案委、王五委员： = 县政协提案委|王五 MEMBER - false",
      // a short name that ends as a body's does is a person's
      "李会、王委委员： = 李会|王委 MEMBER - false",
      // a body in the list leaves the other names' bodies to be stripped as before (review)
      "民革市委、王亚春市政协委员： = 民革市委|王亚春 MEMBER - false",
      "县政协王五、县政协提案委、李四委员： = 王五|县政协提案委|李四 MEMBER - false",
      // a transliterated name whose dot a blank sets apart is one name (a mutant of corpus c 128
      // made the reader fail: ·阿克木 is no name)
      "尊敬的依力江　·阿克木委员: = 依力江·阿克木 MEMBER - false",
      "尊敬的依力江·　阿克木委员: = 依力江·阿克木 MEMBER - false",
  })
  void persons(String text, String expected) {
    assertThat(read(text)).as(text).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "雨露乡委员小组: = 雨露乡委员小组 - - false collective",
      "民盟岳阳市委员会： = 民盟岳阳市委员会 - - false collective",
      "民进岳阳市总支: = 民进岳阳市总支 - - false collective",
      "县政协文史工作组: = 县政协文史工作组 - - false collective",
      "丙麻乡政协联络组: = 丙麻乡政协联络组 - - false collective",
      // a sector's group of members (corpus ow 8162)
      "社会法制和民族宗教委员组: = 社会法制和民族宗教委员组 - - false collective",
      "第三代表组： = 第三代表组 - - false collective",
      // the members of no party, a sector that tables proposals as a body (corpus px 8703)
      "市无党派人士: = 市无党派人士 - - false collective",
      // a group of members where they live or work (corpus kt 6045, lr 6521)
      "驻弥勒市州政协委员活动组: = 驻弥勒市州政协委员活动组 - - false collective",
      "尊敬的雨露乡委员小组： = 雨露乡委员小组 - - false collective",
      "市致公党: = 市致公党 - - false collective", // a party's city committee, abbreviated
      // a reply to a body: its name and a colon alone on the line
      "平江县交通运输局： = 平江县交通运输局 - - false collective",
      "省教育厅: = 省教育厅 - - false collective",
      // an assembly named short, its colon ending the line: the proposal answered to it (eh 2683)
      "县政协: = 县政协 - - false collective",
      // honoured: the body's name without the honorific (ia 4623; a wrong 尊敬的社法委 before)
      "尊敬的社法委: = 社法委 - - false collective",
      "尊敬的县政协： = 县政协 - - false collective",
      "市人大常委会： = 市人大常委会 - - false collective",
      "泗县政协： = 泗县政协 - - false collective",
      "城关镇人大： = 城关镇人大 - - false collective", "兴安盟政协： = 兴安盟政协 - - false collective",
      // a party that tables proposals as a body: its name alone, even without a colon
      "致公党广州市委员会 = 致公党广州市委员会 - - false collective",
      "  民盟岳阳市委员会   = 民盟岳阳市委员会 - - false collective",
      // a delegation named with its members' role: its deputies, how many unknown (ba 981)
      "第五代表团各位代表: = 第五代表团 DEPUTY - false collective",
      "东方代表团代表: = 东方代表团 DEPUTY - false collective",
      // a proposing party's committee greeted as all its members (corpus no 7501; its whole line was
      // the name before)
      "民建天水市委员会全体委员: = 民建天水市委员会 MEMBER - false collective",
      "民革自治区委员会各位委员: = 民革自治区委员会 MEMBER - false collective",
      // a sector's group named with its members' role (hp 4405), as a 小组 or 联络组 is
      "民宗社团组委员: = 民宗社团组 MEMBER - false collective",
      // a party's central committee saluted alone with its colon (corpus gv 4003, kv 6082)
      "九三学社中央: = 九三学社中央 - - false collective",
      "尊敬的致公党中央： = 致公党中央 - - false collective",

  })
  void collectives(String text, String expected) {
    assertThat(read(text)).as(text).isEqualTo(expected);
  }

  /** No salutation: the role inside a sentence, no role and no collective, no colon. */
  @ParameterizedTest
  @ValueSource(strings = {"", "您提出的建议收悉。", "张亮代表提出的建议收悉", "平江县交通运输局：请阅",
      "返回：", "关于加强管理的意见：",
      "雨露乡委员小组", "关于加强管理的答复", "代 表：", "张亮同志：", "广州市发展和改革委员会",
      "致公党广州市委员会提出的建议收悉", "市工商联",
      "张亮代表、李明代表提出的建议收悉", // a list of names with their roles in a sentence
      // words of a sentence before a name are no name of the list, however it is separated
      "根据县政府的安排 王五代表: 您提出的建议收悉", "根据县政府的安排、王五代表:",
      // a clause of a sentence before the names is no body of their list, though its words end
      // as a body's name does (review)
      "根据县人大常委会交办，王五代表：", "由县政协提案委交办，王五委员：",
      // a dot between blanks may part two names: not guessed (review)
      "张三 · 李四代表：",
      // a surname alone before a group's word: a person's role and a stray 组, no group (review)
      "李代表组：", "王委员组：",
      // an assembly named short without its colon, or with text after it
      "县政协", "县政协：请阅", "关于加强管理的县政协：", "加强管理的县政协：", "县政协的：", "政协：",
      // an assembly alone where a name stands: a record's label of the deputies it lists (corpus
      // hh 4244), no deputy named 人大
      "人大代表: 兰定芬,包璐,何枚桂", "县人大代表：张三、李四", "政协委员：王五", "全国人大代表：",
      "人大代表：您提出的建议收悉",
      // a person saluted by their office is one only above the opening (inOffice, the layout)
      "米广峰主任:",
      // a heading in brackets is no name, whatever it ends with (it emptied the reply before)
      "（一）成立领导小组：", "（一）成立技术指导组：",
      // 中央 after no party; a people's organisation or a group saluted alone is not read: the
      // same words end a clause, a person's name or a working team (reviews of 10e4148e, ee5b08b6)
      "中央第三巡视组:", "工商联中央:", "天津市侨联:", "县妇联：", "会同市侨联:",
      "一是会同市侨联:", "请市妇联:", "特函告县妇联:", "王青联:", "政协农业组:", "县人大常委会督查组:",
      "请市政协农业组:", "县委督查组:", "专家评审组:", "技术指导组:"})
  void noSalutation(String text) {
    assertThat(read(text)).as(text).isEqualTo("-");
  }

  @Test
  void aBodyOnTheSameLineStartsAfterTheColon() {
    String text = "秦振兴代表: 您提出的建议收悉。";
    Salutation.Found f = find(text);
    assertThat(f.colon()).isEqualTo(text.indexOf(':'));
    assertThat(f.rest()).isEqualTo(text.indexOf('您'));
    assertThat(text.substring(f.roleStart(), f.roleEnd())).isEqualTo("代表");
  }

  @Test
  void aSalutationWithoutColonHasNoColonAndNoRest() {
    Salutation.Found f = find("  王立超  委员  ");
    assertThat(f.colon()).isEqualTo(-1);
    assertThat(f.rest()).isEqualTo(-1);
    assertThat(f.start()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "于雪   刘文恕 = 于雪|刘文恕",
      "冯  华 = 冯华",
      "李 寧 = 李寧",
      "王 小 明 = 王小明",
      "王 小明 李 四 = 王小明|李四",
      // two-character names padded to the width of three among three-character names
      "刘俊华 徐航吉 魏 娜 魏爱军 朱 纯 赵玉芳 = 刘俊华|徐航吉|魏娜|魏爱军|朱纯|赵玉芳",
      "张 三 = 张三",
      "\u3000张三\u00A0 = 张三",
      "𠀀 明 = 𠀀明",
      "' ' = ''",
  })
  void spacedNames(String text, String expected) {
    assertThat(String.join("|", NameList.spacedNames(text))).isEqualTo(expected);
  }

  /**
   * A salutation naming the role alone, honoured, greeted or addressed to each, perhaps with the
   * body's text after it: a published copy left the name out (corpus cf 1601, u 504). The role
   * is read, no name and no count; a bare 代表: (a record's label) is no salutation, and neither
   * 的 of 尊敬的 nor a body's prefix (人大, 政协) nor 各位 is read as a name (review F7, F8).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "委员您好: = MEMBER - false",
      "委员您好 = MEMBER - false",
      "尊敬的代表: = DEPUTY - false",
      "尊敬的委员： = MEMBER - false",
      "尊敬的代表：您提出的建议收悉 = DEPUTY - false",
      "尊敬的代表您好，您提出的建议收悉 = DEPUTY - false",
      "尊敬的人大代表： = DEPUTY - false",
      "尊敬的县人大代表： = DEPUTY - false", // the level of the assembly's place (review)
      "尊敬的全国人大代表： = DEPUTY - false",
      "尊敬的政协委员： = MEMBER - false",
      "各位代表： = DEPUTY - false",
      "尊敬的各位代表： = DEPUTY - false",
      "全体委员： = MEMBER - false", // all of them (全体 was read as a name before)
      "尊敬的全体代表： = DEPUTY - false",
      "代表: = -"})
  void theRoleAlone(String text, String expected) {
    assertThat(read(text).strip()).isEqualTo(expected);
  }

  /** The body's text after a role-alone salutation on its line is the body's, not the salutation's. */
  @Test
  void theTextAfterARoleAloneIsTheBodys() {
    Salutation.Found f = find("尊敬的代表：  您提出的建议收悉");
    assertThat(f.addressee().salutation()).contains("尊敬的代表");
    assertThat("尊敬的代表：  您提出的建议收悉".substring(f.rest())).isEqualTo("您提出的建议收悉");
  }

  /**
   * The role alone with its colon (代表:, 委员：) is the salutation when the line below opens the
   * body speaking to the member (您提出的…收悉): a published copy that left the name out (corpus gs
   * 3947, pr 8587, qc 8801). Above anything else it may be a record's label and is none.
   */
  @Test
  void aBareRoleAboveTheOpeningIsTheSalutation() {
    for (String role : List.of("代表:", "委员：", "  代表 :")) {
      ReadResult r = LayoutReaderTest.read("时间: 2019-11-08 02:04\n" + role + "\n"
          + "您提出的《关于支持冯坊河水库项目的建议》(第203号)收悉。现答复如下:\n已办。\n");
      assertThat(r.reply().addressee()).as(role).hasValueSatisfying(a -> {
        assertThat(a.names()).isEmpty();
        assertThat(a.role()).contains(role.contains("代表") ? AddresseeRole.DEPUTY
            : AddresseeRole.MEMBER);
      });
      assertThat(r.reply().body().opening()).as(role).hasValueSatisfying(o -> assertThat(o)
          .startsWith("您提出的"));
    }
    ReadResult label = LayoutReaderTest.read("代表:\n张三\n\n李四代表：\n您提出的建议收悉。\n已办。\n");
    assertThat(label.reply().addressee().map(Addressee::names)).contains(List.of("李四"));
    // the findings of the head point at the salutation, not at the page's line above it
    ReadResult untitled = LayoutReaderTest.read("时间: 2019-11-08 02:04\n代表:\n您提出的建议收悉。现答复如下:\n已办。\n");
    assertThat(untitled.report().findings()).filteredOn(f -> f.path().equals(Optional.of("title")))
        .isNotEmpty().allSatisfy(f -> assertThat(f.span().map(sp -> sp.startLine())).contains(2));
    // names printed on the line above (王五 / 代表：): a salutation split in two, which the role
    // alone would read without its names; it is left unread, as before, with its warning
    ReadResult split = LayoutReaderTest.read("关于县十九届人大三次会议第15号建议的答复\n王五\n代表：\n"
        + "您提出的建议收悉，现答复如下：\n已办。\n");
    assertThat(split.reply().addressee()).isEmpty();
    assertThat(split.report().findings())
        .anySatisfy(f -> assertThat(f.path()).contains("addressee"));
  }

  /**
   * A person saluted by the office they hold, the role not printed (corpus fo 3342, my 7182): the
   * name starts with a common surname, and holds no unit's or deputy post's character (reviews).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "米广峰主任: = 米广峰", "尊敬的夏泽主席: = 夏泽", "欧阳建社副局长同志：您好！ = 欧阳建社",
      // an office after no person's name, a deputy post or a unit glued to it, a two-character
      // surname alone, or text after its colon
      "办公室主任： = -", "县委书记： = -", "王局长： = -", "王副主任： = -", "张常务副主任： = -",
      "欧阳局长： = -", "公安局局长： = -", "区政府主任： = -", "米广峰主任：请阅 = -",
      "关于请市政府办公室主任： = -"})
  void aPersonSalutedByTheirOffice(String text, String expected) {
    Salutation.Found f = Salutation.inOffice(new Line(1, 1, text));
    assertThat(f == null ? "-" : String.join("|", f.addressee().names())).as(text)
        .isEqualTo(expected);
  }
}
