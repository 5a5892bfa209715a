package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Finding;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the end of a reply is read as: each case puts one or more lines (a {@code \n} in the case
 * separates them) below a signature and a date, reads the document and describes the result —
 * the contacts ({@code ROLE name phone @unit}), notes and copy-to list, then for each end line
 * ({@code L5}, {@code L6} …) the model paths it landed in and the markup consumed (labels,
 * brackets), then the rule ids of the findings on the end lines.
 */
class TailReaderTest {

  /** The lines above the end lines: addressee, body, signature and date (lines 1 to 4). */
  private static final String ABOVE = "张三代表：\n您好。\n某局\n2024年5月20日\n";

  /** What the reader makes of {@code tail} printed below {@link #ABOVE}. */
  static String endRead(String tail) {
    ReadResult r = ReplyTextReader.standard().read(ABOVE + tail.replace("\\n", "\n") + "\n");
    Reply reply = r.reply();
    List<String> parts = new ArrayList<>();
    for (Contact c : reply.contacts()) {
      parts.add(c.role() + c.name().map(n -> " " + n).orElse("") + c.phone().map(p -> " " + p).orElse("")
          + c.unit().map(u -> " @" + u).orElse(""));
    }
    if (!reply.notes().isEmpty()) {
      parts.add("notes " + reply.notes());
    }
    if (!reply.copyTo().isEmpty()) {
      parts.add("copyTo " + reply.copyTo());
    }
    for (LineRecord l : r.report().lines()) {
      if (l.number() >= 5 && !l.blank()) {
        parts.add("L" + l.number() + " " + (l.targets().isEmpty() ? "-"
            : String.join(",", l.targets()))
            + (l.markup().isEmpty() ? "" : " (" + String.join(" ", l.markup()) + ")"));
      }
    }
    for (Finding f : r.report().findings()) {
      if (f.span().map(s -> s.startLine()).orElse(0) >= 5) {
        parts.add(f.ruleId());
      }
    }
    return String.join("; ", parts);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "承办负责人：朱远 => RESPONSIBLE 朱远; L5 contacts[0] (承办负责人)",
      // a role whose person is not printed, a phone's label after it on its line (corpus cy 1984)
      "承办负责人:刘海龙   电话:13975064178\\n   人:        电话:13786021616 => RESPONSIBLE 刘海龙 13975064178; HANDLER 13786021616; L5 contacts[0] (承办负责人 电话); L6 contacts[1] (人 电话)",
      "联系人：      联系电话：0730-6222076 => HANDLER 0730-6222076; L5 contacts[0] (联系人 联系电话)",
      // a form's fields left blank, a person in the phone's value, a phone that is none: no
      // contact without name and phone (review of the rule above)
      "联系人：            联系电话： => L5 - (联系人 联系电话)",
      "联系人：            联系电话：\\n张三                0730-6222076 => HANDLER 张三 0730-6222076; L5 contacts[0] (联系人 联系电话); L6 contacts[0]",
      "联系人：      联系电话：0730-62220 => notes [联系电话:0730-62220]; L5 notes[0] (联系人 联系电话)",
      "联系人：    电话：张三 13800000000 => HANDLER 张三 13800000000; L5 contacts[0] (联系人 电话)",
      // a mobile printed in hyphened groups (corpus cy 1982)
      "承办人及联系电话:鲁智  137-8903-2345 => HANDLER 鲁智 13789032345; L5 contacts[0] (承办人及联系电话)",
      "联系人：鲁智 电话：137—8903—2345 => HANDLER 鲁智 13789032345; L5 contacts[0] (联系人 电话)",
      // a phone printed letter-spaced, as a capture of a letter-spaced line gives it; a spaced
      // landline's subscriber is no phone without its area code (dashed, bracketed or spaced
      // apart), nor are 12 spaced digits, nor a spaced number with an extension (found in review)
      "联系人：郑志强\\n联系电话：1 3 5 9 9 0 0 9 6 9 6 => HANDLER 郑志强 13599009696; L5 contacts[0] (联系人); L6 contacts[0] (联系电话)",
      "联系人：郑志强 电话：8 2 1 5 1 4 8 => HANDLER 郑志强 8215148; L5 contacts[0] (联系人 电话)",
      "联系人：郑志强 电话：0 5 9 4 - 2 2 3 3 4 4 5 => HANDLER 郑志强; notes [电话:0594-2233445]; L5 contacts[0],notes[0] (联系人 电话)",
      "联系人：郑志强 电话：1 3 5 9 9 0 0 9 6 9 6 7 => HANDLER 郑志强; notes [电话:135990096967]; L5 contacts[0],notes[0] (联系人 电话)",
      "联系人：郑志强 电话：0 5 9 4-5 0 9 3 1 2 3 4 => HANDLER 郑志强; notes [059, 4-5, 0931234]; L5 contacts[0],notes[0],notes[1],notes[2] (联系人 电话)",
      "联系人：郑志强 电话：(0 5 9 4) 5 0 9 3 1 2 3 4 => HANDLER 郑志强; notes [0594, 50931234]; L5 contacts[0],notes[0],notes[1] (联系人 电话)",
      "联系人：郑志强 电话：0 5 9 4  5 0 9 3 1 2 3 4 => HANDLER 郑志强; notes [电话:059450931234]; L5 contacts[0],notes[0] (联系人 电话)",
      "联系人：郑志强 电话：5 0 9 3 1 2 3 转 8 0 1 => HANDLER 郑志强; notes [电话:5093123转801]; L5 contacts[0],notes[0] (联系人 电话)",
      // a handler's label lost whole in capture, its colon first on the line, a phone after it
      ": 李丽红                 联系电话: 2264314 => HANDLER 李丽红 2264314; L5 contacts[0] (联系电话)",
      // a form's cells without colons: the role's label with the word of the name after it
      "主管领导姓名 杜丹 联系电话 15308666969\\n经 办 人 姓 名 贺晓利 联系电话 13886872779\\n邮 政 编 码 431521"
          + " => RESPONSIBLE 杜丹 15308666969; HANDLER 贺晓利 13886872779; notes [邮政编码431521]; "
          + "L5 contacts[0] (主管领导姓名 联系电话); L6 contacts[1] (经办人姓名 联系电话); L7 notes[0] (邮政编码); "
          + "GR-TXT-073; GR-TXT-073",
      // no person after the colon: no label lost (reviewed)
      "：请与我局办公室联系 电话：0731-1234567 => L5 unrecognized[0]; GR-TXT-081",
      // without a phone after it, a colon first on the line loses no label for certain
      ": 李丽红 => L5 unrecognized[0]; GR-TXT-081",
      "承办人及联系电话：何勇 0730-6222076 => HANDLER 何勇 0730-6222076; L5 contacts[0] (承办人及联系电话)",
      "负 责 人：李四 => RESPONSIBLE 李四; L5 contacts[0] (负责人); GR-TXT-073",
      "承办  人：张三 => HANDLER 张三; L5 contacts[0] (承办人); GR-TXT-073",
      "負責人：李四 => RESPONSIBLE 李四; L5 contacts[0] (負責人)",
      "聯繫人：李四 => HANDLER 李四; L5 contacts[0] (聯繫人)",
      "签发人：杨宏亮 => RESPONSIBLE 杨宏亮; L5 contacts[0] (签发人)",
      "分管领导：王五 => RESPONSIBLE 王五; L5 contacts[0] (分管领导)",
      "主要负责人：王五 => RESPONSIBLE 王五; L5 contacts[0] (主要负责人)",
      "单位负责人：王五 => RESPONSIBLE 王五; L5 contacts[0] (单位负责人)",
      "领导签名：王五 => RESPONSIBLE 王五; L5 contacts[0] (领导签名)",
      "领导签批：王五 => RESPONSIBLE 王五; L5 contacts[0] (领导签批)",
      "审核人:黎华 => RESPONSIBLE 黎华; L5 contacts[0] (审核人)", // corpus r 444: the leader who reviewed it
      "领导签字： => L5 - (领导签字)",
      "经办人：王五 => HANDLER 王五; L5 contacts[0] (经办人)",
      "工作人员:赵楠 => HANDLER 赵楠; L5 contacts[0] (工作人员)", // corpus ad 664
      // two columns of a label left empty: no contact named 单位 (corpus ae 677)
      "单位领导签名: 单位领导签名: => L5 - (单位领导签名 单位领导签名)",
      "主管领导：王五 => RESPONSIBLE 王五; L5 contacts[0] (主管领导)",
      "责任领导：王五 => RESPONSIBLE 王五; L5 contacts[0] (责任领导)",
      "领导签发：王五 => RESPONSIBLE 王五; L5 contacts[0] (领导签发)",
      "主要签发领导：李  兵 => RESPONSIBLE 李兵; L5 contacts[0] (主要签发领导)",
      "经办人及联系电话：姜璐颖：0917—4936343 => HANDLER 姜璐颖 0917-4936343; "
          + "L5 contacts[0] (经办人及联系电话)",
      // a person printed right after their unit
      "联系人：通川区交运局冉观偲；联系电话0818-2376450 => HANDLER 冉观偲 0818-2376450 @通川区交运局; "
          + "L5 contacts[0] (联系人 联系电话)",
      "联系单位及联系人：海南省交通运输厅综合规划处，潘东 => HANDLER 潘东 @海南省交通运输厅综合规划处; "
          + "L5 contacts[0] (联系单位及联系人)",
      "联系人：张三、李四 => HANDLER 张三; HANDLER 李四; L5 contacts[0],contacts[1] (联系人)",
      "联系人：张三 李四 => HANDLER 张三; HANDLER 李四; L5 contacts[0],contacts[1] (联系人)",
      // a unit and its person apart: the unit is the contact's, as with a comma between them
      "联系人：市住建局城建科 黄敏 => HANDLER 黄敏 @市住建局城建科; L5 contacts[0] (联系人)",
      // a post with its office in brackets after the person is a note, no second person (review
      // 4 s54 K3; it was read as a contact named 办公室主任)
      "联系人：周敏（办公室主任） => HANDLER 周敏; notes [办公室主任]; L5 contacts[0],notes[0] (联系人)",
      "联系人：𠀀三 => notes [𠀀三]; L5 notes[0] (联系人)",
  })
  void contactLabelsGiveContactsWithTheirRole(String tail, String read) {
    assertThat(endRead(tail)).as(tail).isEqualTo(read);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "领导署名：赵六    联系人：钱七（0731-84567890） => RESPONSIBLE 赵六; HANDLER 钱七 0731-84567890; "
          + "L5 contacts[0],contacts[1] (领导署名 联系人)",
      "承办人：李娜联系电话：0738-8312345 => HANDLER 李娜 0738-8312345; L5 contacts[0] (承办人 联系电话)",
      "联系人：孙磊，电话：0554-6671234 => HANDLER 孙磊 0554-6671234; L5 contacts[0] (联系人 电话)",
      // the unit's phone before the person it is for
      "单位联系电话:0887-8626537 联系人:王金荣 => HANDLER 王金荣 0887-8626537; "
          + "L5 contacts[0] (单位联系电话 联系人); GR-TXT-072",
      // a phone that no person is named for: the replying body's contact, without a name
      "电话：0730-6222076 传真：0730-6222077 => HANDLER 0730-6222076; notes [传真：0730-6222077]; "
          + "L5 notes[0],contacts[0] (电话 传真)",
      "（联系人：周敏；联系电话：0731-57822316） => HANDLER 周敏 0731-57822316; "
          + "L5 contacts[0] (（ ） 联系人 联系电话)",
      "【联系人：周敏】 => HANDLER 周敏; L5 contacts[0] (【 】 联系人)",
      // a label word inside a longer run of Han chars is no label; nor one with wide gaps
      "一二三四五六七八九十一二三四联系人：张三 => L5 unrecognized[0]; GR-TXT-081",
      "承    办人：张三 => L5 unrecognized[0]; GR-TXT-081",
      "主要负责人及联系电话：王五 13912345678 => L5 unrecognized[0]; GR-TXT-081",
      "分管领导及电话：王五 => L5 unrecognized[0]; GR-TXT-081",
  })
  void severalLabelsOnALineEachTakeTheirValue(String tail, String read) {
    assertThat(endRead(tail)).as(tail).isEqualTo(read);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "联系人 李四  联系电话 0731-88886666 => HANDLER 李四 0731-88886666; L5 contacts[0] (联系人 联系电话)",
      "联系人 李四 联系电话0731-88886666 => HANDLER 李四 0731-88886666; L5 contacts[0] (联系人 联系电话)",
      "联系人 李四 电话 0731-88886666 => HANDLER 李四 0731-88886666; "
          + "L5 contacts[0] (联系人 电话)",
      "联 系 人 李四 => HANDLER 李四; L5 contacts[0] (联系人); GR-TXT-073",
      "承办负责人 朱远 => RESPONSIBLE 朱远; L5 contacts[0] (承办负责人)",
      "负责人 朱远 => RESPONSIBLE 朱远; L5 contacts[0] (负责人)",
      "承办人 何勇 0730-6222076 => HANDLER 何勇 0730-6222076; L5 contacts[0] (承办人)",
      "联系电话 0730-6222076 => HANDLER 0730-6222076; L5 contacts[0] (联系电话)",
      "联系人    张三：李四 => notes [张三：李四]; L5 notes[0] (联系人)",
      // no blank after the label word; a label that may not stand without its colon
      "联系人李四 => L5 unrecognized[0]; GR-TXT-081",
      // unless the label runs into one person's name and one phone, the colon lost (corpus cn 1761)
      "联系人及电话潘志娟8661472 => HANDLER 潘志娟 8661472; L5 contacts[0] (联系人及电话)",
      "承办人及联系电话何勇0730-6222076 => HANDLER 何勇 0730-6222076; L5 contacts[0] (承办人及联系电话)",
      // a label that does not name the phone too, or a longer label of another kind (review)
      "联系人潘志娟8661472 => L5 unrecognized[0]; GR-TXT-081",
      "联系人员张三13800001111 => L5 unrecognized[0]; GR-TXT-081",
      "联系人手机张三13800001111 => L5 unrecognized[0]; GR-TXT-081",
      "联系人李四王五办公室8661472 => L5 unrecognized[0]; GR-TXT-081",
      // blanks around it, and the longest such label (second review)
      "  联系人及电话潘志娟8661472   => HANDLER 潘志娟 8661472; L5 contacts[0] (联系人及电话)",
      "承办单位联系人及联系电话潘志娟8661472 => HANDLER 潘志娟 8661472; L5 contacts[0] (承办单位联系人及联系电话)",
      "工作人员 王五 => L5 unrecognized[0]; GR-TXT-081",
      // a line with a sentence's marks is no contact line without colons (reviewed)
      "主管领导 审核同意后公开，请知悉。 => L5 unrecognized[0]; GR-TXT-081",
      // 经办人 and a leader's label stand without it too, a form's cells (corpus ai 719)
      "经办人 王五 => HANDLER 王五; L5 contacts[0] (经办人)",
  })
  void someLabelsStandWithoutAColon(String tail, String read) {
    assertThat(endRead(tail)).as(tail).isEqualTo(read);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "联系人：李四\\n联系电话：0730-6222076 => HANDLER 李四 0730-6222076; L5 contacts[0] (联系人); "
          + "L6 contacts[0] (联系电话)",
      "联系电话：0730-6222076\\n联系人：李四 => HANDLER 李四 0730-6222076; L5 contacts[0] (联系电话); "
          + "L6 contacts[0] (联系人); GR-TXT-072",
      "联系人：李四\\n13812345678 => HANDLER 李四 13812345678; L5 contacts[0] (联系人); L6 contacts[0]",
      "联系人：李四 0730 6222076 => HANDLER 李四 07306222076; L5 contacts[0] (联系人)",
      "联系人：李四 (0730)6222076 => HANDLER 李四 0730-6222076; L5 contacts[0] (联系人)",
      "联系人：李四 151 1508 9731 => HANDLER 李四 15115089731; L5 contacts[0] (联系人)",
      "联系人：李四 0730-6222076分机801 => HANDLER 李四 0730-6222076分机801; L5 contacts[0] (联系人)",
      "联系人：李四 62220761 => HANDLER 李四 62220761; L5 contacts[0] (联系人)",
      "联系人：李四 13912345678转801 => HANDLER 李四; notes [13912345678转801]; "
          + "L5 contacts[0],notes[0] (联系人); GR-TXT-071",
      "联系人：李四 622207 => HANDLER 李四; notes [622207]; L5 contacts[0],notes[0] (联系人)",
      "联系人：李四 1234567890123 => HANDLER 李四; notes [1234567890123]; "
          + "L5 contacts[0],notes[0] (联系人)",
      "联系人：李四 52564588-7817 => HANDLER 李四 52564588-7817; L5 contacts[0] (联系人)",
      "联系人：李四 0591-87856998-801 => HANDLER 李四 0591-87856998-801; L5 contacts[0] (联系人)",
      "联系人：李四 联系电话:1*******466 => HANDLER 李四 1*******466; L5 contacts[0] (联系人 联系电话)",
      // a row of a table: the border between its cells is no note (robustness review)
      "| 联系人：张三 | 联系电话：0730-6222076 | => HANDLER 张三 0730-6222076; L5 contacts[0] (联系人 联系电话 | |)",
      // the date, then the contacts, on one line: a second date is a note, its contacts read
      "2024年5月6日 联系人:王岩 15804350857 => HANDLER 王岩 15804350857; notes [2024年5月6日]; "
          + "L5 notes[0],contacts[0] (联系人)",
      "承办人:刘** 联系电话:189******6664 => HANDLER 刘** 189******6664; L5 contacts[0] (承办人 联系电话)",
      // a mobile whose last digits the publisher masked, kept as printed (corpus cw 1942); alone
      // on the line below its contact too, that line a note, not the body's
      "承办负责人：杨毅  1370740**** => RESPONSIBLE 杨毅 1370740****; L5 contacts[0] (承办负责人)",
      // but not any number whose last digits are masked: an ID's, a worker's (third review F1)
      "承办人：李四   工号：2024**** => HANDLER 李四; notes [工号：2024****]; L5 contacts[0],notes[0] (承办人)",
      "联系人：田党飞 0871-65731362\\n1370740**** => HANDLER 田党飞 0871-65731362; "
          + "notes [1370740****]; L5 contacts[0] (联系人); L6 notes[0]",
      // names on one line, their phones on the next, as many: paired in order
      "联 系 人：曹旭东、卢 铭\\n联系电话：0591-87856998、87278373 => HANDLER 曹旭东 0591-87856998; "
          + "HANDLER 卢铭 87278373; L5 contacts[0],contacts[1] (联系人); "
          + "L6 contacts[0],contacts[1] (联系电话); GR-TXT-073",
      // one landline after several names of one label: the office's line, each one's (corpus gd
      // 3643, gm 3823); a mobile is one person's, the last's
      "经 办 人:王卫东、许晓枫、王浩\\n联系电话:85682150 => HANDLER 王卫东 85682150; HANDLER 许晓枫 85682150; "
          + "HANDLER 王浩 85682150; L5 contacts[0],contacts[1],contacts[2] (经办人); "
          + "L6 contacts[0],contacts[1],contacts[2] (联系电话); GR-TXT-073",
      "经办人:王卫东、许晓枫\\n联系电话:13812345678 => HANDLER 王卫东; HANDLER 许晓枫 13812345678; "
          + "L5 contacts[0],contacts[1] (经办人); L6 contacts[1] (联系电话)",
      // nor a landline with its extension, one desk's, or one with a phone on the line below
      // (tenth review S4, S6)
      "经办人:王卫东、许晓枫\\n联系电话:0519-85682150转8012 => HANDLER 王卫东; HANDLER 许晓枫 "
          + "0519-85682150转8012; L5 contacts[0],contacts[1] (经办人); L6 contacts[1] (联系电话)",
      "经办人:王卫东、许晓枫\\n联系电话:0519-85682150\\n手机:13812345678 => HANDLER 王卫东; HANDLER 许晓枫 "
          + "0519-85682150; notes [13812345678]; L5 contacts[0],contacts[1] (经办人); L6 contacts[1] "
          + "(联系电话); L7 notes[0] (手机)",
      "手机：13812345678 => HANDLER 13812345678; L5 contacts[0] (手机)",
      "联系方式：0730-6222076 => HANDLER 0730-6222076; L5 contacts[0] (联系方式)",
      "办公电话：0730-6222076 => HANDLER 0730-6222076; L5 contacts[0] (办公电话)",
      "承办人：0730-6222076 => HANDLER 0730-6222076; L5 contacts[0] (承办人)",
      // a contact's second phone is a note, no contact of its own
      "联系人：王靖夷\\n联系电话：0591-87553027、15259105291 => HANDLER 王靖夷 0591-87553027; "
          + "notes [15259105291]; L5 contacts[0] (联系人); L6 contacts[0],notes[0] (联系电话)",
      "联系人：王靖夷 0591-87553027、15259105291 => HANDLER 王靖夷 0591-87553027; "
          + "notes [15259105291]; L5 contacts[0],notes[0] (联系人)",
      // or alone on the line right below the contact given its phone (corpus aa 621, written)
      "联系人：田党飞 0871-65731362\\n18206802070 => HANDLER 田党飞 0871-65731362; "
          + "notes [18206802070]; L5 contacts[0] (联系人); L6 notes[0]",
      // and after a phone's label on that line (corpus ci 1662: a nameless second contact)
      "承 办 人：韦立咏 18978293092\\n联系电话：0778-6322879 => HANDLER 韦立咏 18978293092; "
          + "notes [0778-6322879]; L5 contacts[0] (承办人); L6 notes[0] (联系电话); GR-TXT-073",
      // a phone's label whose value prints no phone, a person and a phone on the line below: the
      // value continued (eh 2682); not a person alone below it
      "联系电话:省人事劳动保障厅工资处\\n黄文思 65330619 => HANDLER 黄文思 65330619 @省人事劳动保障厅工资处; "
          + "L5 contacts[0] (联系电话); L6 contacts[0]",
      "联系方式：\\n黄文思 65330619 => HANDLER 黄文思 65330619; L5 contacts[0] (联系方式); L6 contacts[0]",
      "承办负责人：   联系电话：\\n黄文思 65330619 => RESPONSIBLE 黄文思 65330619; "
          + "L5 contacts[0] (承办负责人 联系电话); L6 contacts[0]",
      "联系电话:省人事劳动保障厅工资处\\n黄文思 => notes [省人事劳动保障厅工资处]; "
          + "L5 notes[0] (联系电话); L6 unrecognized[0]; GR-TXT-081",
      // labels of two or three characters spaced to the width of the block's longest (corpus fc
      // 3102, beside 联系单位及电话)
      "联系单位及电话:郑州市上街区城市管理局   68118612\\n联    系    人:胡迎宾\\n抄          报:区人大办公室、区委区政府督查室 "
          + "=> HANDLER 胡迎宾 68118612 @郑州市上街区城市管理局; copyTo [区人大办公室, 区委区政府督查室]; "
          + "L5 contacts[0] (联系单位及电话); L6 contacts[0] (联系人); L7 copyTo (抄报); GR-TXT-073; "
          + "GR-TXT-072; GR-TXT-073",
      // a compound label's parts joined by / (corpus ex 3002)
      "联系人/电话:苗强伟 /67524680 => HANDLER 苗强伟 67524680; L5 contacts[0] (联系人/电话)",
      // 责任人 below a leader's or the unit's head's label is the one who handles the item (corpus
      // t 476, eu 2943, gj 3761); first, or after neither, it is the responsible person (corpus l 312)
      "建议承办分管领导:吕飞\\n承办责任人:刘迅\\n联系电话:15054902988 => RESPONSIBLE 吕飞; HANDLER 刘迅 "
          + "15054902988; L5 contacts[0] (建议承办分管领导); L6 contacts[1] (承办责任人); L7 contacts[1] (联系电话)",
      "承办责任人:何军\\n承办人及联系电话:竺仁杰 13907404982 => RESPONSIBLE 何军; HANDLER 竺仁杰 "
          + "13907404982; L5 contacts[0] (承办责任人); L6 contacts[1] (承办人及联系电话)",
      "承办单位负责人:葛子俊\\n承办责任人:刘竞\\n联系电话:5022956 => RESPONSIBLE 葛子俊; HANDLER 刘竞 5022956; "
          + "L5 contacts[0] (承办单位负责人); L6 contacts[1] (承办责任人); L7 contacts[1] (联系电话)",
      // not with a handler named before it either (ninth review R2)
      "单位负责人:王五\\n经办人:钱七 联系电话:0871-6812345\\n责任人:赵六 => RESPONSIBLE 王五; HANDLER 钱七 "
          + "0871-6812345; RESPONSIBLE 赵六; L5 contacts[0] (单位负责人); L6 contacts[1] (经办人 联系电话); "
          + "L7 contacts[2] (责任人)",
      // but not with a handler named after it: the office head between leader and clerk; nor
      // below 领导署名, a signature's label (third review F1)
      "分管领导:张伟\\n承办责任人:李强\\n承办人:王芳 联系电话:0871-6812345 => RESPONSIBLE 张伟; "
          + "RESPONSIBLE 李强; HANDLER 王芳 0871-6812345; L5 contacts[0] (分管领导); "
          + "L6 contacts[1] (承办责任人); L7 contacts[2] (承办人 联系电话)",
      "领导署名:张伟\\n承办责任人:李强\\n联系电话:0871-6812345 => RESPONSIBLE 张伟; RESPONSIBLE 李强 "
          + "0871-6812345; L5 contacts[0] (领导署名); L6 contacts[1] (承办责任人); L7 contacts[1] (联系电话)",
      // a contact's post alone on the line below, a note; a phone alone below it is the
      // contact's second phone still (corpus ef 2641, written)
      "承办人及联系电话：张锦 0731-84801051\\n安全传输保障处副处长\\n13467660196 => HANDLER 张锦 "
          + "0731-84801051; notes [安全传输保障处副处长, 13467660196]; L5 contacts[0] (承办人及联系电话); "
          + "L6 notes[0]; L7 notes[1]",
      "联系人：李四\\n办公室主任\\n电话：0730-6222076 => HANDLER 李四 0730-6222076; notes [办公室主任]; "
          + "L5 contacts[0] (联系人); L6 notes[0]; L7 contacts[0] (电话)",
      // a section (股室) is a unit, no person: kept as a note, alone below the contact it is the
      // contact's too, as the writer prints it (corpus ka 5664, a fixed point)
      "办理人员:(工程计划股) 电话:69251990 => HANDLER 69251990; notes [工程计划股]; "
          + "L5 notes[0],contacts[0] (办理人员 电话)",
      "承办人及联系电话：69251990\\n工程计划股\\n抄送：县人大代联委 => HANDLER 69251990; notes [工程计划股]; "
          + "copyTo [县人大代联委]; L5 contacts[0] (承办人及联系电话); L6 notes[0]; L7 copyTo (抄送)",
      "联系人：农水股 李四 电话：0730-6222076 => HANDLER 李四 0730-6222076 @农水股; "
          + "L5 contacts[0] (联系人 电话)",
      // the person first, or the section glued before the person (review)
      "联系人：李四 农水股 电话：0730-6222076 => HANDLER 李四 0730-6222076 @农水股; "
          + "L5 contacts[0] (联系人 电话)",
      "联系人：综合股李四 电话：0730-6222076 => HANDLER 李四 0730-6222076 @综合股; "
          + "L5 contacts[0] (联系人 电话)",
      // a role's value that names no person (a surname alone): the phone after it on its line is
      // still the role's, not the next person's (corpus kg 5781)
      "分管领导:郑           联系电话:13599381088\\n经办人员:陈梦静  联系电话:19959209586 => RESPONSIBLE 13599381088; "
          + "HANDLER 陈梦静 19959209586; notes [分管领导:郑]; L5 notes[0],contacts[0] (分管领导 联系电话); "
          + "L6 contacts[1] (经办人员 联系电话)",
      // not a post below anything but a contact's line, nor a person's name with a post
      "抄送：县政府办\\n办公室主任 => copyTo [县政府办]; L5 copyTo (抄送); L6 unrecognized[0]; GR-TXT-081",
      "联系人：李四 0730-6222076\\n王主任 => HANDLER 李四 0730-6222076; L5 contacts[0] (联系人); "
          + "L6 unrecognized[0]; GR-TXT-081",
      // but not a phone printed before the next contact named (robustness review)
      "联系人：张三 0730-6222076\\n0730-6218843\\n联系人：李四 => HANDLER 张三 0730-6222076; "
          + "HANDLER 李四 0730-6218843; L5 contacts[0] (联系人); L6 contacts[1]; L7 contacts[1] (联系人); "
          + "GR-TXT-072",
      "联系人：张三，电话：0730-6222076\\n电话：13907305821，联系人：李四 => HANDLER 张三 0730-6222076; "
          + "HANDLER 李四 13907305821; L5 contacts[0] (联系人 电话); L6 contacts[1] (电话 联系人); GR-TXT-072",
      // the same phone printed again is that contact's, no contact of its own
      "联系人：王成\\n联系电话：0563-4039182\\n联系电话：0563-4039182 => HANDLER 王成 0563-4039182; "
          + "L5 contacts[0] (联系人); L6 contacts[0] (联系电话); L7 contacts[0] (联系电话)",
      // a phone alone below a contact without one is that contact's
      "联系人：田党飞\\n18206802070 => HANDLER 田党飞 18206802070; L5 contacts[0] (联系人); "
          + "L6 contacts[0]",
      "联系单位：紫阳县文广旅游局\\n联系电话：0915─4426580 => HANDLER 0915-4426580; "
          + "notes [联系单位：紫阳县文广旅游局]; L5 notes[0] (联系单位); L6 contacts[0] (联系电话)",
      "联系单位及电话：市住建局(市人防办) 0915-3230552\\n联 系 人：熊晓玮 => HANDLER 熊晓玮 0915-3230552; "
          + "notes [市住建局, 市人防办]; L5 notes[0],notes[1],contacts[0] (联系单位及电话); "
          + "L6 contacts[0] (联系人); GR-TXT-073; GR-TXT-072",
      // one unit printed with a phone is where that phone rings: the unit of the contact the
      // phone goes to, named below or none (corpus ar 818, ad 663)
      "联系单位及电话: 上街区住房和城乡建设局 68922004\\n联 系 人: 赵珺 => HANDLER 赵珺 68922004 @上街区住房和城乡建设局; "
          + "L5 contacts[0] (联系单位及电话); L6 contacts[0] (联系人); GR-TXT-073; GR-TXT-072",
      "联系单位及电话:民航局发展计划司010-64092782 => HANDLER 010-64092782 @民航局发展计划司; "
          + "L5 contacts[0] (联系单位及电话)",
      "联系人：王成\\n联系单位及电话：县住建局 0563-4039182 => HANDLER 王成 0563-4039182 @县住建局; "
          + "L5 contacts[0] (联系人); L6 contacts[0] (联系单位及电话)",
      // any unit's label and a phone's run together label the unit's phone
      "承办科室及联系电话：县局办公室 0731-84801051 => HANDLER 0731-84801051 @县局办公室; "
          + "L5 contacts[0] (承办科室及联系电话)",
      "联系单位及联系电话：县交通运输局 0731-84801051 => HANDLER 0731-84801051 @县交通运输局; "
          + "L5 contacts[0] (联系单位及联系电话)",
      "联系科室及电话:经建科 6211754 => HANDLER 6211754 @经建科; L5 contacts[0] (联系科室及电话)",
      "承办单位电话:0731-84801051 => HANDLER 0731-84801051; L5 contacts[0] (承办单位电话)",
      // so too under a role's label that prints no person (corpus fa 3063)
      "联系科室、人员及电话:经建科6211754 => HANDLER 6211754 @经建科; L5 contacts[0] (联系科室、人员及电话)",
      // under a label that names a person only, the unit may be a name that ends like a unit's
      // (王志科, 李建社): kept as a note (review s54 F1)
      "联系人及电话：经建科 6211754 => HANDLER 6211754; notes [经建科]; L5 contacts[0],notes[0] (联系人及电话)",
      "联系人：王志科 13812345678 => HANDLER 13812345678; notes [王志科]; L5 contacts[0],notes[0] (联系人)",
      // a label that names the unit first: the value's first piece is the unit (review s54 F2)
      "联系科室、人员及电话：经建科 张三 6211754 => HANDLER 张三 6211754 @经建科; "
          + "L5 contacts[0] (联系科室、人员及电话)",
      "联系科室及人员：农水股 李四 => HANDLER 李四 @农水股; L5 contacts[0] (联系科室及人员)",
      "承办单位、人员及电话：县水务局 李四 0873-4852178 => HANDLER 李四 0873-4852178 @县水务局; "
          + "L5 contacts[0] (承办单位、人员及电话)",
      // a name alone that ends as a section's does is the unit; one that does not, a person
      "联系科室、人员及电话：农水股 0873-4852178 => HANDLER 0873-4852178 @农水股; "
          + "L5 contacts[0] (联系科室、人员及电话)",
      "联系科室、人员及电话：李四 0873-4852178 => HANDLER 李四 0873-4852178; "
          + "L5 contacts[0] (联系科室、人员及电话)",
      // a section glued to its person, or with its post, is kept as a note (review 3 s54 H1)
      "联系科室、人员及电话:经建科张三6211754 => HANDLER 6211754; notes [经建科张三]; "
          + "L5 contacts[0],notes[0] (联系科室、人员及电话)",
      "联系科室及人员：农水股股长 李四 => HANDLER 李四; notes [农水股股长]; L5 contacts[0],notes[0] (联系科室及人员)",
      // wherever it stands in the value (review 4 s54 K2)
      "联系单位及联系人：县水务局 经建科张三 0873-4852178 => HANDLER 0873-4852178 @县水务局; "
          + "notes [经建科张三]; L5 contacts[0],notes[0] (联系单位及联系人)",
      // a section's post after the person is no person (review 4 s54 K3)
      "联系人：李四 农水股股长 0873-4852178 => HANDLER 李四 0873-4852178; notes [农水股股长]; "
          + "L5 contacts[0],notes[0] (联系人)",
      // the phone after a noted piece is not handed to the next person (review 5 s54 M1)
      "联系科室、人员及电话：农水股 欧阳晓波 0873-4852178，李四 0873-4852179 => HANDLER 李四 0873-4852179; "
          + "notes [0873-4852178, 农水股, 欧阳晓波]; L5 contacts[0],notes[0],notes[1],notes[2] (联系科室、人员及电话)",
      "联系人：办公室主任 0873-4852178，李四 0873-4852179 => HANDLER 李四 0873-4852179; "
          + "notes [0873-4852178, 办公室主任]; L5 contacts[0],notes[0],notes[1] (联系人)",
      // a person whose surname is in the unit before is found where printed (review 6 s54 N1),
      // and a post before the person does not keep the unit from the person (review 6 s54 N2)
      "联系人：林业局 办公室主任 林晓东 0873-4852178 => HANDLER 林晓东 0873-4852178 @林业局; "
          + "notes [办公室主任]; L5 contacts[0],notes[0] (联系人)",
      // a post after the person describes the person, whose phone follows (review 5 s54 M3)
      "联系人：李四（村主任） 13912345678 => HANDLER 李四 13912345678; notes [村主任]; "
          + "L5 contacts[0],notes[0] (联系人)",
      "联系人：李四（一级主任科员） 13912345678 => HANDLER 李四 13912345678; notes [一级主任科员]; "
          + "L5 contacts[0],notes[0] (联系人)",
      "联系人：李四（二级巡视员） 13912345678 => HANDLER 李四 13912345678; notes [二级巡视员]; "
          + "L5 contacts[0],notes[0] (联系人)",
      "联系人：李四（村支书） 13912345678 => HANDLER 李四 13912345678; notes [村支书]; "
          + "L5 contacts[0],notes[0] (联系人)",
      // persons listed under such a label stay persons (review 2 s54 G4)
      "联系科室及人员：李四、王五 => HANDLER 李四; HANDLER 王五; L5 contacts[0],contacts[1] (联系科室及人员)",
      // a section's phone label: the section is the unit, not a person (review 2 s54 G3)
      "联系科室及电话：计财股 0873-4852178 => HANDLER 0873-4852178 @计财股; L5 contacts[0] (联系科室及电话)",
      "联系单位及电话：张三 0873-4852178 => HANDLER 张三 0873-4852178; L5 contacts[0] (联系单位及电话)",
      // another body's phone is no contact of the reply's (review 2 s54 G5)
      "联系人：李四\\n协办单位及电话：县财政局 0873-7654321 => HANDLER 李四; L5 contacts[0] (联系人); "
          + "L6 unrecognized[0]; GR-TXT-081",
      // a radical (⽂ for 文, as PDF text prints it) is no name's: kept as a note, the letter read
      // (review 2 s54 G1)
      "联系人：李⽂ 0873-4852178 => HANDLER 0873-4852178; notes [李⽂]; L5 contacts[0],notes[0] (联系人)",
      // two persons, two units: which unit is whose is not told, both kept as notes (review s54 F3)
      "联系人及电话：李宝忠 0873-4852178 县水务局 王小明 0873-4852179 县农业局 => "
          + "HANDLER 李宝忠 0873-4852178; HANDLER 王小明 0873-4852179; notes [县水务局, 县农业局]; "
          + "L5 contacts[0],contacts[1],notes[0],notes[1] (联系人及电话)",
      // a phone parts the pieces around it: the person before it, the unit after it
      "联系人及电话:李宝忠 0873-4852178石屏县水务局 => HANDLER 李宝忠 0873-4852178 @石屏县水务局; "
          + "L5 contacts[0] (联系人及电话)",
      // two units and a phone: where the phone rings is not told, both are kept as notes
      "联系单位及电话:民航局发展计划司010-64092782中国民用航空局综合司 => HANDLER 010-64092782; "
          + "notes [民航局发展计划司, 中国民用航空局综合司]; L5 notes[0],notes[1],contacts[0] (联系单位及电话)",
      // the handling unit's phone is printed so too (review F6)
      "承办单位及电话：县交通运输局 0539-7212345 => HANDLER 0539-7212345 @县交通运输局; "
          + "L5 contacts[0] (承办单位及电话)",
      // a doubled hyphen after the area code is one separator, never a local number alone
      "联系人及电话：李玉领 0310--3523233 => HANDLER 李玉领 0310-3523233; L5 contacts[0] (联系人及电话)",
      // a phone's label before a person and a phone, no person above waiting: that person's phone
      "（联系电话：张鹤 15877532299） => HANDLER 张鹤 15877532299; L5 contacts[0] (（ ） 联系电话)",
      "联系人：王五\\n联系电话：张鹤 15877532299 => HANDLER 王五 15877532299; notes [张鹤]; "
          + "L5 contacts[0] (联系人); L6 contacts[0],notes[0] (联系电话)",
      // a role's label and a phone's run together: the phone of the person named under the role
      "承办人姓名：邹志鹏\\n承办人电话：8399278 => HANDLER 邹志鹏 8399278; L5 contacts[0] (承办人姓名); "
          + "L6 contacts[0] (承办人电话)",
      // a unit to contact with its person after it: the person is the one to contact
      "联系单位：住建局重点工程管理处王成\\n联系电话：0563-4039182 => "
          + "HANDLER 王成 0563-4039182 @住建局重点工程管理处; "
          + "L5 contacts[0] (联系单位); L6 contacts[0] (联系电话)",
      // or the person alone in three characters, under the unit's label or its phone's (corpus dq
      // 2344; ob 7764, unseen); a place's name or a unit's cut short is no person
      "联系单位：丁金玉；联系电话：85175559 => HANDLER 丁金玉 85175559; L5 contacts[0] (联系单位 联系电话)",
      "联系单位及电话：付国涛   联系电话：18992501518 => HANDLER 付国涛 18992501518; "
          + "L5 contacts[0] (联系单位及电话 联系电话)",
      "联系单位：城关镇 联系电话：85175559 => HANDLER 85175559; notes [联系单位：城关镇]; "
          + "L5 notes[0],contacts[0] (联系单位 联系电话)",
      "联系单位：天台 联系电话：85175559 => HANDLER 85175559; notes [联系单位：天台]; "
          + "L5 notes[0],contacts[0] (联系单位 联系电话)",
      // the label of the one to contact glued to the name, its colon lost, in the unit's value
      // (corpus oa 7741, unseen: 联系人成志鹏 was read as the name)
      "(联系单位:区综合行政执法局,联系人成志鹏,联系电话:19862521522 => HANDLER 成志鹏 19862521522 "
          + "@区综合行政执法局; L5 contacts[0] (( 联系单位 联系人 联系电话)",
      // but not a section or a post after the label (review of 149ae183: 办公室 and 事科 of 承办 人事科
      // were read as names)
      "(联系单位:县交通局,联系人办公室,联系电话:13812345678) => HANDLER 13812345678; "
          + "notes [联系单位:县交通局,联系人办公室,]; L5 notes[0],contacts[0] (( ) 联系单位 联系电话)",
      "(联系单位:县交通局,承办人事科,联系电话:13812345678) => HANDLER 13812345678; "
          + "notes [联系单位:县交通局,承办人事科,]; L5 notes[0],contacts[0] (( ) 联系单位 联系电话)",
      // a name cut short to one character keeps its role's label in its note (corpus ns 7582)
      "承办人及联系电话:  勇(13874070916 => HANDLER 13874070916; notes [承办人及联系电话:勇]; "
          + "L5 contacts[0],notes[0] (承办人及联系电话)",
      // names the publisher masked keep their role and phone
      "主管领导：娄** 职务：副局长\\n联系电话：17399389789\\n承办人：侯**\\n联系电话：18999495317 => "
          + "RESPONSIBLE 娄** 17399389789; HANDLER 侯** 18999495317; notes [职务：副局长]; "
          + "L5 contacts[0],notes[0] (主管领导 职务); L6 contacts[0] (联系电话); L7 contacts[1] (承办人); "
          + "L8 contacts[1] (联系电话)",
      // a name masked in its middle, its last character kept (corpus bq 1303)
      "联系人及电话:李*兴 1582****162 => HANDLER 李*兴 1582****162; L5 contacts[0] (联系人及电话)",
      // but not a unit's name masked so (review F7)
      "联系人：县*局 => notes [县*局]; L5 notes[0] (联系人)",
      // a form's field left blank: the mark of what goes there, a date without its numbers (ea
      // 2548); a label with nothing else is kept with it as one note (written, it reads back so)
      "承办负责人: (签字) 二0 年 月 日 => notes [承办负责人: (签字)二0年月日]; L5 notes[0] (承办负责人)",
      "承办负责人: (签字) => notes [承办负责人: (签字)]; L5 notes[0] (承办负责人)",
      "承办负责人: (签字)\\n承办负责人: (签字) => notes [承办负责人: (签字), 承办负责人: (签字)]; "
          + "L5 notes[0] (承办负责人); L6 notes[1] (承办负责人)",
      // a compound label joined by 、, a post after the name, a second phone after a phone label of
      // its own on the line of the first (ef 2641)
      "联系人姓名、职务:张锦,安全传输保障处副处长\\n联系电话:0731-84801051,手机:13467660196 => "
          + "HANDLER 张锦 0731-84801051; notes [安全传输保障处副处长, 13467660196]; "
          + "L5 contacts[0],notes[0] (联系人姓名、职务); L6 contacts[0],notes[1] (联系电话 手机)",
      // but not a row of phones under the same label, each under its person (third review F3): the
      // second is not made 张三's note (the row is not yet paired with the persons above it)
      "承办负责人：李四  承办人：张三\\n办公电话：0731-84801051  办公电话：0731-82225678 => RESPONSIBLE 李四; "
          + "HANDLER 张三 0731-84801051; HANDLER 0731-82225678; L5 contacts[0],contacts[1] (承办负责人 承办人); "
          + "L6 contacts[1],contacts[2] (办公电话 办公电话)",
      // but phones printed before any person wait for the persons named below, as before
      "联系电话:0731-84801051,手机:13467660196\\n联系人:李四 => HANDLER 李四 0731-84801051; "
          + "HANDLER 13467660196; L5 contacts[0],contacts[1] (联系电话 手机); L6 contacts[0] (联系人); "
          + "GR-TXT-072",
      // the unit's phone before the person named (eb 2562)
      "联系单位及电话号码:宁津县卫生健康局 5423791\\n联系人:郭玉英 => HANDLER 郭玉英 5423791 @宁津县卫生健康局; "
          + "L5 contacts[0] (联系单位及电话号码); L6 contacts[0] (联系人); GR-TXT-072",
      // the mark beside a name, a date's words after a date's label (third review F5)
      "承办负责人：李四 签字 联系电话：13707401234 => RESPONSIBLE 李四 13707401234; notes [签字]; "
          + "L5 contacts[0],notes[0] (承办负责人 联系电话)",
      "领导签字：     日期：二〇二四年 月 日 => notes [日期：二〇二四年, 月日]; L5 notes[0],notes[1] (领导签字)",
      // words that qualify a role's label first on its line
      "建议承办分管领导:吕飞\\n联系人:刘迅 15054902988 => RESPONSIBLE 吕飞; HANDLER 刘迅 15054902988; "
          + "L5 contacts[0] (建议承办分管领导); L6 contacts[1] (联系人)",
      // a contact's 职务 is a note, whole even when it lists two posts; 办理人 names the handler
      "主管领导:韩勇孟 职务:党委书记、副局长\\n联系电话:7102211\\n办理人:王江伟 职务:住保办主任\\n"
          + "联系电话:7105350 => RESPONSIBLE 韩勇孟 7102211; HANDLER 王江伟 7105350; "
          + "notes [职务:党委书记、副局长, 职务:住保办主任]; L5 contacts[0],notes[0] (主管领导 职务); "
          + "L6 contacts[0] (联系电话); L7 contacts[1],notes[1] (办理人 职务); L8 contacts[1] (联系电话)",
      // a two-character label spaced to the width of a longer one, then a second label on the
      // line (corpus bl 1207)
      "抄    报:人大联工委 县政府办     承办单位: 县交通运输局 => notes [承办单位:县交通运输局]; "
          + "copyTo [人大联工委, 县政府办]; L5 copyTo,notes[0] (抄报 承办单位); GR-TXT-073",
      // a unit, a blank and its person: the unit is the contact's, not a second person (review)
      "联系人：县交通运输局 李四\\n联系电话：023-59222222 => HANDLER 李四 023-59222222 @县交通运输局; "
          + "L5 contacts[0] (联系人); L6 contacts[0] (联系电话)",
      // a mobile whose first digit a letter-spaced capture set apart (corpus i 253)
      "联系人及电话：李泽洋 1 5838365863 => HANDLER 李泽洋 15838365863; L5 contacts[0] (联系人及电话)",
      // a person's name of four characters with a surname of two that ends as a unit does is a
      // person; a unit of four is one only after its place (review)
      "联系人：欧阳建社 徐盛 => HANDLER 欧阳建社; HANDLER 徐盛; L5 contacts[0],contacts[1] (联系人)",
      "联系人：县水利局 李四 => HANDLER 李四 @县水利局; L5 contacts[0] (联系人)",
      // a unit of three that ends as no given name does, beside its person (corpus bx 1443)
      "联系人:环卫所 颜旭 8223963 => HANDLER 颜旭 8223963 @环卫所; L5 contacts[0] (联系人)",
      // a section of three whose first is no common surname, beside its person (corpus pr 8586);
      // a word of three starting with one stays a name (李文会)
      "联系人:运输科 张荣 2140483 => HANDLER 张荣 2140483 @运输科; L5 contacts[0] (联系人)",
      "联系人:李文会 张荣 => HANDLER 李文会; HANDLER 张荣; L5 contacts[0],contacts[1] (联系人)",
      "联系单位及联系人：镇政府办 阮绪平 => HANDLER 阮绪平 @镇政府办; L5 contacts[0] (联系单位及联系人)",
      // the site's own person to contact in its credits is no contact of the letter's (review)
      "主办单位：维西县人民政府\\n网站联系人：和丽 联系电话：0887-8626078\\n版权所有：维西县人民政府 => "
          + "L5 unrecognized[0]; L6 unrecognized[0]; L7 unrecognized[0]; GR-TXT-080",
      // the letter's handling unit labelled 主办单位 and its person to contact above the site's
      // footer, blank lines between: the letter's, not the site's credits (review)
      "主办单位：城口县交通运输局\\n\\n联系人：徐盛\\n\\n联系电话：15398318981\\n\\n\\n版权所有：城口县人民政府 => "
          + "HANDLER 徐盛 15398318981; notes [主办单位：城口县交通运输局]; L5 notes[0] (主办单位); "
          + "L7 contacts[0] (联系人); L9 contacts[0] (联系电话); L12 unrecognized[0]; GR-TXT-080",
      // a label broken at the end of its line leaves a word (联系) that is no person (corpus au 872
      // had a contact named 联系)
      "联系单位：澧县交通运输局 联系\\n电话：0736-3221231 => HANDLER 0736-3221231; "
          + "notes [联系单位：澧县交通运输局联系]; L5 notes[0] (联系单位); L6 contacts[0] (电话)",
      // the site's credits below the letter, each line followed by a blank one: the site's phone
      // is no contact (review)
      "联系人：李四\\n\\n主办单位：城口县人民政府\\n\\n联系电话：023-59220000\\n\\n版权所有：城口县人民政府 => "
          + "HANDLER 李四; L5 contacts[0] (联系人); L7 unrecognized[0]; L9 unrecognized[1]; "
          + "L11 unrecognized[2]; GR-TXT-080; GR-TXT-080; GR-TXT-080",
  })
  void phonesGoToTheirContact(String tail, String read) {
    assertThat(endRead(tail)).as(tail).isEqualTo(read);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "抄送\\n县人大常委会人代工委\\n县政府督查室 => copyTo [县人大常委会人代工委, 县政府督查室]; L5 - (抄送); "
          + "L6 copyTo; L7 copyTo",
      "抄 送\\n市政府办公室、市人大办公室。 => copyTo [市政府办公室, 市人大办公室]; L5 - (抄送); "
          + "L6 copyTo (。); GR-TXT-073",
      "抄报：市政府 => copyTo [市政府]; L5 copyTo (抄报)",
      // an office a party committee and the government of its level share (督查, 督办, 信访) is one
      // body (corpus au 876, dl 2244), in either order among the blank-separated items (review);
      // the committee and the government alone, its general office, its departments, and bodies
      // of different levels or places are two
      "抄送:市政协提案委(2份) 市委、市政府督查局(2份) => copyTo [市政协提案委(2份), 市委、市政府督查局(2份)]; "
          + "L5 copyTo (抄送)",
      "抄送:市委、市政府督查局(2份) 市政协提案委(2份) => copyTo [市委、市政府督查局(2份), 市政协提案委(2份)]; "
          + "L5 copyTo (抄送)",
      // the committee run on to the copies of the recipient before it (corpus pf 8344)
      "抄送:市人大选工委(2份)市委、市政府督查局(2份) => copyTo [市人大选工委(2份), 市委、市政府督查局(2份)]; "
          + "L5 copyTo (抄送)",
      "抄送：市委、市政府督查局 县委、县政府督查室。 => copyTo [市委、市政府督查局, 县委、县政府督查室]; "
          + "L5 copyTo (抄送 。)",
      "抄送：县委、县人民政府督查室（2份）、县人大 => copyTo [县委、县人民政府督查室（2份）, 县人大]; "
          + "L5 copyTo (抄送)",
      "抄送：市委 、市政府信访局 => copyTo [市委、市政府信访局]; L5 copyTo (抄送)",
      "抄送：县委、县人民政府办公室，县人大。 => copyTo [县委, 县人民政府办公室, 县人大]; L5 copyTo (抄送 。)",
      "抄送：市委、市政府。 => copyTo [市委, 市政府]; L5 copyTo (抄送 。)",
      "抄送：市委、市政府及有关部门 => copyTo [市委, 市政府及有关部门]; L5 copyTo (抄送)",
      "抄送：县委、市政府督查室 => copyTo [县委, 市政府督查室]; L5 copyTo (抄送)",
      "抄送：舞钢市委、平顶山市政府督查局。 => copyTo [舞钢市委, 平顶山市政府督查局]; L5 copyTo (抄送 。)",
      // the party's name before the committee is no part of its place; copies counted in Chinese
      // numerals (review)
      "抄送：中共舞钢市委、舞钢市人民政府督查室，市人大代表工委。 => copyTo [中共舞钢市委、舞钢市人民政府督查室, "
          + "市人大代表工委]; L5 copyTo (抄送 。)",
      "抄送：市人大代表工委，市委、市政府督查室（二份）。 => copyTo [市人大代表工委, 市委、市政府督查室（二份）]; "
          + "L5 copyTo (抄送 。)",
      "抄送：县委、县政府督查室二份，县人大常委会人代工委。 => copyTo [县委、县政府督查室二份, 县人大常委会人代工委]; "
          + "L5 copyTo (抄送 。)",
      // 报 (to a superior) and 抄送 (to others), each a copy-to list
      "报：市人民政府建议提案办公室\\n抄送：市政协提案委 => copyTo [市人民政府建议提案办公室, 市政协提案委]; "
          + "L5 copyTo (报); L6 copyTo (抄送)",
      "抄送单位：市政府，市人大。 => copyTo [市政府, 市人大]; L5 copyTo (抄送单位 。)",
      // 送 (to others), beside 报 in older letters (corpus a 48, af 685); not 主送, 报送, 呈送
      "送:县政协提案委、县政府办 => copyTo [县政协提案委, 县政府办]; L5 copyTo (送)",
      "主送:县政府办公室 => L5 unrecognized[0]; GR-TXT-081",
      "报送:县政府办公室 => L5 unrecognized[0]; GR-TXT-081",
      "赠送:纪念品一份 => L5 unrecognized[0]; GR-TXT-081",
      // 送 only whole, after other labels too (reviews)
      "承办单位：县交通局 主 送：县人大 => notes [承办单位：县交通局主送：县人大]; L5 notes[0] (承办单位)",
      "附件：代表满意度测评表 填写后 送：县政府办 => notes [附件：代表满意度测评表填写后送：县政府办]; "
          + "L5 notes[0] (附件)",
      "联系人：李四  主送：县政府办公室 => HANDLER 李四; notes [主送：县政府办公室]; "
          + "L5 contacts[0],notes[0] (联系人)",
      "附件：意见表（请填写后送：县政府督查室） => notes [附件：意见表（请填写后送：县政府督查室）]; "
          + "L5 notes[0] (附件)",
      // names of bodies separated by blanks; a name spaced out is one recipient
      "抄 报：市督查局 市政协提案委 => copyTo [市督查局, 市政协提案委]; L5 copyTo (抄报); GR-TXT-073",
      "抄送：市 政 府 => copyTo [市 政 府]; L5 copyTo (抄送)",
      // parts set apart by two blanks or more; a table's cell border after the list's 。
      "报：县政府办  人大联工 => copyTo [县政府办, 人大联工]; L5 copyTo (报)",
      "抄送：区人大办，区府督查室。 | => copyTo [区人大办, 区府督查室]; L5 copyTo (抄送 。 |)",
      // the number of copies after each name, kept as printed
      "抄送:市人大选工委2份 市督查局2份 => copyTo [市人大选工委2份, 市督查局2份]; L5 copyTo (抄送)",
      "抄送：县人大常委会办公室，县政府办公室. => copyTo [县人大常委会办公室, 县政府办公室]; "
          + "L5 copyTo (抄送 .); GR-TXT-074",
      "传真：0730-1234567 => notes [传真：0730-1234567]; L5 notes[0] (传真)",
      "邮编：414000 => notes [邮编：414000]; L5 notes[0] (邮编)",
      "地址：平江县天岳大道1号 => notes [地址：平江县天岳大道1号]; L5 notes[0] (地址)",
      // a note that is a disclosure mark gives the disclosure (corpus bz 1481: 注:此件主动公开)
      "附注：此件主动公开 => notes [此件主动公开]; L5 notes[0],disclosure (附注)",
      // a footnote to the classes of the result (corpus q 411, written)
      "注:办复类别共分ABC三类。 => notes [注:办复类别共分ABC三类。]; L5 notes[0] (注)",
  })
  void copyToAndNotes(String tail, String read) {
    assertThat(endRead(tail)).as(tail).isEqualTo(read);
  }

  /**
   * Labels as printed: up to 12 Han chars before the colon (ASCII or full-width, after blanks),
   * spaced by at most three blanks, traditional forms; a label that does not start its line is
   * no label. Phones as printed: dashes of every kind, full-width digits, area codes in
   * brackets, extensions after 转 or 分机, mobiles spaced 3 4 4; what is no phone is a note.
   */
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "一二三四五六七八九联系人：张三 => L5 unrecognized[0]; GR-TXT-081",
      "一二三四五六七八九十联系人：张三 => L5 unrecognized[0]; GR-TXT-081",
      "承   办人：张三 => HANDLER 张三; L5 contacts[0] (承办人); GR-TXT-073",
      "联系人\t：张三 => HANDLER 张三; L5 contacts[0] (联系人); GR-TXT-073",
      "联系人　：张三 => HANDLER 张三; L5 contacts[0] (联系人); GR-TXT-073",
      "联系人:张三 => HANDLER 张三; L5 contacts[0] (联系人)",
      "聯系人：张三 => HANDLER 张三; L5 contacts[0] (聯系人)",
      "联系人𠀀：张三 => L5 unrecognized[0]; GR-TXT-081",
      "联系人：张三 电话：0730-6222076 => HANDLER 张三 0730-6222076; L5 contacts[0] (联系人 电话)",
      "负责人  朱远  联系人 李四 13912345678 => RESPONSIBLE 朱远; HANDLER 李四 13912345678; "
          + "L5 contacts[0],contacts[1] (负责人 联系人)",
      "联系人 李四 联系电话13912345678 => HANDLER 李四 13912345678; L5 contacts[0] (联系人 联系电话)",
      "抄送单位\\n市政府 => copyTo [市政府]; L5 - (抄送单位); L6 copyTo",
      "抄　报\\n市政府 => copyTo [市政府]; L5 - (抄报); L6 copyTo; GR-TXT-073",
      "抄送：\\n市政府、\\n市人大 => copyTo [市政府, 市人大]; L5 - (抄送); L6 copyTo; L7 copyTo",
      "联系人：李四 0730—6222076 => HANDLER 李四 0730-6222076; L5 contacts[0] (联系人)",
      "联系人：李四 0730~6222076 => HANDLER 李四; notes [0730~6222076]; L5 contacts[0],notes[0] (联系人); "
          + "GR-TXT-071",
      "联系人：李四 0730–6222076 => HANDLER 李四 0730-6222076; L5 contacts[0] (联系人)",
      "联系人：李四 ０７３０－６２２２０７６ => HANDLER 李四 0730-6222076; L5 contacts[0] (联系人)",
      "联系人：李四 （0730）6222076 => HANDLER 李四 0730-6222076; L5 contacts[0] (联系人)",
      "联系人：李四 ( 0730 ) 62220761 => HANDLER 李四 0730-62220761; L5 contacts[0] (联系人)",
      "联系人：李四 073-6222076 => HANDLER 李四 073-6222076; L5 contacts[0] (联系人)",
      "联系人：李四 0730-6222076转12 => HANDLER 李四 0730-6222076转12; L5 contacts[0] (联系人)",
      "联系人：李四 0730-6222076 转 1234567 => HANDLER 李四 0730-6222076; notes [1234567, 转]; "
          + "L5 contacts[0],notes[0],notes[1] (联系人); GR-TXT-071",
      "联系人：李四 139 1234 5678 => HANDLER 李四 13912345678; L5 contacts[0] (联系人)",
      "联系人：李四 1391234567 => HANDLER 李四; notes [1391234567]; L5 contacts[0],notes[0] (联系人)",
      "联系人：李四 0730622207612 => HANDLER 李四; notes [0730622207612]; L5 contacts[0],notes[0] (联系人)",
      "電話：0730-6222076 => HANDLER 0730-6222076; L5 contacts[0] (電話)",
      // the kind of line in brackets after a phone labels it; a fax's number is no phone
      "联系人：李四 0730-6222076（办） => HANDLER 李四 0730-6222076; L5 contacts[0] (联系人 （办）)",
      "联系人：李四 13912345678(手机) => HANDLER 李四 13912345678; L5 contacts[0] (联系人 (手机))",
      "联系人：李四，手机：13912345678，王五，手机：13812345678 => HANDLER 李四 13912345678; "
          + "notes [王五, 13812345678]; L5 contacts[0],notes[0],notes[1] (联系人 手机 手机)",
  })
  void labelsAndPhonesInTheirPrintedForms(String tail, String read) {
    assertThat(endRead(tail)).as(tail).isEqualTo(read);
  }

  /** A body paragraph long enough (88 chars) that only a labelled line of that length ends a reply. */
  private static final String LONG = "我们将进一步加强督促检查确保各项措施落实到位".repeat(4);

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "联系人：周敏 => true", "联系电话：0730-1234567 => true", "联系电话 0730-1234567 => true",
      "抄送 => true", "抄送：县人大 => true", "承办人 张三 => true", "负责人 李四 => true",
      "0730-6222076 => true", "13912345678 => true", "13912345678，张三 => true",
      "2024年10月18日 => true", "平江县交通运输局    2024年10月18日 => true", "平江县交通运输局 => true",
      "（联系人：周敏；联系电话：0731-57822316） => true", "（此件主动公开） => true", "同意公开 => true",
      "办理结果：A => true", "打印本页 => true", "http://www.example.gov.cn/a.html => true",
      "索引号：123 => true", "'' => true",
      "您提出的关于加强农村公路建设的建议收悉，现答复如下： => false", "感谢您对我们工作的关心和支持。 => false",
      "此致 => false", "一、加强规划 => false", "张三 => false", "平江县交通运输局 2024年10月18日 发 => false",
      "二〇二四年十月十八日（此件公开发布） => false",
      // a role's label without its colon before a sentence is no contact line (reviewed)
      "（联系人 张三 LONG） => true", "联系人 张三 LONG。 => false", "抄送 LONG。 => true",
      "联系人：张三 LONG。 => true", "LONG。LONG，LONG => false",
  })
  void linesThatCanBelongToTheEnd(String text, boolean tail) {
    String t = text.replace("LONG", LONG);
    assertThat(TailLine.isTailLine(new Line(1, 1, t))).as(t).isEqualTo(tail);
  }

  @ParameterizedTest
  @CsvSource({"10", "20", "21"})
  void aCopyToListOfMoreThan200CharsIsNoLineOfTheEnd(int recipients) {
    String t = "抄送：" + "县人大常委会办公室、".repeat(recipients);
    assertThat(TailLine.isTailLine(new Line(1, 1, t))).as(t).isEqualTo(recipients <= 19);
  }

  /**
   * A row of a table's cells without colons is no value whose pieces can be told apart: its label
   * words are never persons (review of the cell-border rule: 审核人 and 邮编 had become contacts);
   * only the borders at a value's ends are dropped.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "| 承办人 | 赵六 | 审核人 | 李四 |",
      "| 联系人 | 赵六 | 邮编 | 310009 |",
      "联系人：赵六 | 科长 | 0731-84123456"})
  void aRowOfCellsWithoutColonsNamesNoLabelWord(String row) {
    Reply r = LayoutReaderTest.read("王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n" + row
        + "\n平江县教育局\n2024年5月6日\n").reply();
    assertThat(r.contacts()).extracting(c -> c.name().orElse(""))
        .doesNotContain("审核人", "邮编", "科长", "李四");
  }

  /** A pipe between the cells of a contact line separates its pieces (second review). */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "联系人：李四|联系电话：023-59222222",
      "联系人及电话：李四|023-59222222",
      "| 联系人：李四 | 023-59222222 |",
      "联系人：李四| 联系电话：023-59222222|"})
  void aPipeBetweenCellsSeparatesAContactsValue(String row) {
    Reply r = LayoutReaderTest.read("王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n"
        + "城口县交通运输局\n2024年6月7日\n" + row + "\n").reply();
    assertThat(r.contacts()).hasSize(1);
    assertThat(r.contacts().get(0).name()).contains("李四");
    assertThat(r.contacts().get(0).phone().map(Object::toString)).contains("023-59222222");
    assertThat(r.notes()).isEmpty();
  }

  /**
   * A date below the reply's is a note, all its line; a line that another body's name beside the
   * date keeps as printed holds the date's words already, and no note repeats them: the written
   * reply reads back the same (corpus hh 4243).
   */
  @Test
  void aLaterDateBesideAnotherBodyIsKeptOnce() {
    ReadResult r = LayoutReaderTest.read("王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n"
        + "某某街道办事处\n2017年10月12日\n某某街道办事处党政综合办公室 2017年10月12日\n"
        + "2017年10月12日\n");
    assertThat(r.reply().notes()).containsExactly("2017年10月12日");
    assertThat(r.report().lines().get(5).targets()).doesNotContain("notes[0]", "notes[1]");
    String once = ReplyTextWriter.standard().write(r.reply());
    assertThat(ReplyTextWriter.standard().write(LayoutReaderTest.read(once).reply()))
        .isEqualTo(once);
  }

  /**
   * A section alone below a contact is the contact's note once the letter is signed; before the
   * signature, a name alone there signs the letter (its contacts printed above it), as before.
   */
  @Test
  void aSectionBelowAContactIsItsNoteOnlyBelowTheSignature() {
    ReadResult signed = LayoutReaderTest.read("王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n"
        + "某某县交通运输局\n2024年6月1日\n联系人：李四 电话：0730-6222076\n办公室\n");
    assertThat(signed.reply().signature()).contains("某某县交通运输局");
    assertThat(signed.reply().notes()).containsExactly("办公室");
    ReadResult unsigned = LayoutReaderTest.read("王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n"
        + "联系人：李四 电话：0730-6222076\n办公室\n2024年6月1日\n");
    assertThat(unsigned.reply().signature()).contains("办公室");
    assertThat(unsigned.reply().notes()).isEmpty();
  }

  /**
   * A value after a phone's label that is no phone (two numbers run together) is a note that keeps
   * its label, so that it says what it is and the written reply, its damaged date below the
   * signature, reads back the same (corpus ma 6702: the bare number had been read as the body's
   * last paragraph once written).
   */
  @Test
  void aValueThatIsNoPhoneAfterAPhonesLabelKeepsItsLabel() {
    ReadResult r = LayoutReaderTest.read("王五代表：\n您提出的建议收悉，现答复如下：\n已办。\n"
        + "某某县交通运输局\n2025427\n联 系 人:王海军\n联系电话:6767816418184077166\n");
    assertThat(r.reply().contacts()).singleElement()
        .satisfies(c -> assertThat(c.name()).contains("王海军"));
    assertThat(r.reply().notes()).containsExactly("联系电话:6767816418184077166");
    String once = ReplyTextWriter.standard().write(r.reply());
    assertThat(ReplyTextWriter.standard().write(LayoutReaderTest.read(once).reply()))
        .isEqualTo(once);
  }

  /**
   * A number that is no phone after a person's label that names the phone too keeps that phone's
   * label in its note, so that the written letter, its damaged date below the contacts, reads back
   * the same (corpus nb 7241: a mobile cut short by the capture; the bare number once written had
   * ended the contact block, its contacts read as the body).
   */
  @Test
  void aNumberThatIsNoPhoneAfterALabelNamingThePhoneKeepsThePhonesLabel() {
    ReadResult r = LayoutReaderTest.read("王五委员：\n您提出的建议收悉，现答复如下：\n已办。\n"
        + "感谢您对水利工作的关心和支持。\n202373日\n承办负责人:廖智\n承办人及联系电话:苏楠 139073061\n");
    assertThat(r.reply().contacts()).extracting(c -> c.name().orElse(null))
        .containsExactly("廖智", "苏楠");
    assertThat(r.reply().notes()).containsExactly("联系电话:139073061");
    String once = ReplyTextWriter.standard().write(r.reply());
    Reply back = LayoutReaderTest.read(once).reply();
    assertThat(back.contacts()).isEqualTo(r.reply().contacts());
    assertThat(ReplyTextWriter.standard().write(back)).isEqualTo(once);
    // a number with fewer digits than a phone has (a room, a year) is no phone's: no label (review)
    ReadResult room = LayoutReaderTest.read("王五委员：\n您提出的建议收悉，现答复如下：\n已办。\n"
        + "某某县水利局\n2023年7月3日\n承办人及联系电话:苏楠 1203\n");
    assertThat(room.reply().notes()).containsExactly("1203");
  }

  /**
   * A name transcribed from a minority language, its parts set apart by a middle dot, is a
   * person's name whatever its length (corpus rc 9324: 单位负责人:努尔买买提·木塔力甫); each part is
   * a few Han chars, so a sentence with a dot in it is none.
   */
  @Test
  void aNameOfPartsSetApartByMiddleDotsIsAPersonsName() {
    ReadResult r = LayoutReaderTest.read("买买提江·吾布力委员：\n您提出的建议收悉，现答复如下：\n已办。\n"
        + "某某县住房和城乡建设局\n2025年6月13日\n单位负责人:努尔买买提·木塔力甫\n联系电话:0908-5722580\n");
    assertThat(r.reply().contacts()).singleElement().satisfies(c -> {
      assertThat(c.role()).isEqualTo(ContactRole.RESPONSIBLE);
      assertThat(c.name()).contains("努尔买买提·木塔力甫");
      assertThat(c.phone()).isPresent();
    });
    ReadResult sentence = LayoutReaderTest.read("王五委员：\n您提出的建议收悉，现答复如下：\n已办。\n"
        + "某某县住房和城乡建设局\n2025年6月13日\n联系人:请与我局综合办公室联系·电话另行通知\n");
    assertThat(sentence.reply().contacts()).allSatisfy(c -> assertThat(c.name()).isEmpty());
  }
}
