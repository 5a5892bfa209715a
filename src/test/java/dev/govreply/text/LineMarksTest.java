package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a line of marks is read as ({@link LineMarks#scan}): each mark as kind and value, in the
 * order of the line, or nothing when the line holds anything but marks, separators and the
 * issuer's name.
 */
class LineMarksTest {

  /** The marks of {@code text} as "KIND value" joined by "; ", or "-" when it is no marks line. */
  private static String marks(String text) {
    List<LineMarks.Item> items = LineMarks.scan(new Line(1, 1, text));
    if (items == null) {
      return "-";
    }
    StringBuilder sb = new StringBuilder();
    for (LineMarks.Item it : items) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(it.kind()).append(' ').append(it.value());
    }
    return sb.toString();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "同意公开 = DISCLOSURE PUBLIC",
      "同意对外公开 = DISCLOSURE PUBLIC",
      "(此件可公开) = DISCLOSURE PUBLIC",
      "(此件不可公开) = DISCLOSURE NOT_PUBLIC",
      // the consent mark alone, without its subject (corpus oa 7741, unseen)
      "(可以公开) = DISCLOSURE PUBLIC", "可公开 = DISCLOSURE PUBLIC", "（不可以公开） = DISCLOSURE NOT_PUBLIC",
      "不同意公开 = DISCLOSURE NOT_PUBLIC",
      "依申请公开 = DISCLOSURE ON_REQUEST",
      "不予公开 = DISCLOSURE NOT_PUBLIC",
      "主动公开 = DISCLOSURE PUBLIC",
      "（此件主动公开） = DISCLOSURE PUBLIC",
      "此件公开发布 = DISCLOSURE PUBLIC",
      "本件不公开 = DISCLOSURE NOT_PUBLIC",
      "(此文件主动公开) = DISCLOSURE PUBLIC",
      "本文件不予公开 = DISCLOSURE NOT_PUBLIC",
      "此回复件公开 = DISCLOSURE PUBLIC",
      "此答复件依申请公开 = DISCLOSURE ON_REQUEST",
      "本答复 主动公开 = DISCLOSURE PUBLIC",
      "公开属性：依申请公开 = DISCLOSURE ON_REQUEST",
      "公开方式:主动公开 = DISCLOSURE PUBLIC",
      "是否完成对外公开：是 = DISCLOSURE PUBLIC",
      "是否同意公开:是 = DISCLOSURE PUBLIC",
      "是否同意公开：否 = DISCLOSURE NOT_PUBLIC",
      "是否公开：否 = DISCLOSURE NOT_PUBLIC",
      "   是否同意公开:(是) = DISCLOSURE PUBLIC",
      "是否同意公开：【否】 = DISCLOSURE NOT_PUBLIC",
      "【同意公开】 = DISCLOSURE PUBLIC",
      "(此件主动公开 = DISCLOSURE PUBLIC",
      "此件主动公开） = DISCLOSURE PUBLIC",
      "此件主動公開 = DISCLOSURE PUBLIC",
      // the attribute's plain word alone on its line, as a header prints it (类别:A / 公开 / 文号)
      "公开 = DISCLOSURE PUBLIC",
      "  公开  = DISCLOSURE PUBLIC",
      "信息公开选项：主动公开 = DISCLOSURE PUBLIC",
  })
  void disclosureMarks(String text, String expected) {
    assertThat(marks(text)).isEqualTo(expected);
  }

  /**
   * Not disclosure marks: the common word 公开发布 alone, 公开 beside other text, a standard label
   * with a bracket on one side only (the broken end of a longer mark), 是否完成对外公开：否 (not yet
   * published).
   */
  @ParameterizedTest
  @ValueSource(strings = {"公开发布", "（同意公开", "同意公开）", "是否完成对外公开：否", "政务公开", "公开招标",
      ")", "(("})
  void noDisclosureMark(String text) {
    assertThat(marks(text)).isEqualTo("-");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "A类 = RESULT_CLASS A",
      "b类 = RESULT_CLASS B",
      "B2类 = RESULT_CLASS B2",
      "A 2 类 = RESULT_CLASS A2",
      "（A） = RESULT_CLASS A",
      "【B】 = RESULT_CLASS B",
      "[C1] = RESULT_CLASS C1",
      "【D 3】 = RESULT_CLASS D3",
      "B = RESULT_CLASS B",
      "A2 = RESULT_CLASS A2",
      "类别：A = RESULT_CLASS A",
      "类 别:B = RESULT_CLASS B",
      "办复类别：C = RESULT_CLASS C",
      "办理结果：B类 = RESULT_CLASS B",
      "办理结果:(C) = RESULT_CLASS C",
      "办理结果:(B)类 = RESULT_CLASS B",
      // a record's label naming the result's classification (aw 901)
      "办理结果分类:C = RESULT_CLASS C",
      "办理类型:B = RESULT_CLASS B", // corpus bl 1203
      // a form's field wrapped in square brackets (corpus bp 1281, bc 1021)
      "[办理结果标注(A1)] = RESULT_CLASS A1",
      "[是否同意公开(是)] = DISCLOSURE PUBLIC",
      "  (A类) = RESULT_CLASS A",
      "办复结果：A类 = RESULT_CLASS A",
      "类别标记:A = RESULT_CLASS A",
      "答复类型:A = RESULT_CLASS A",
      "办复类型:A类 = RESULT_CLASS A",
      "(A)类 = RESULT_CLASS A",
      // a bracket alone beside the class, its partner lost in capture
      "A类) = RESULT_CLASS A",
      // a class letter alone beside the document number
      "琼土环资函〔2006〕187号 B = DOCUMENT_NUMBER 琼土环资函〔2006〕187号; RESULT_CLASS B",
      "类别：提案 = CATEGORY PROPOSAL",
      "办理结果：办结 = BAD_CLASS 办结",
      // a class that lost its letter in capture, beside other marks: no class is guessed
      "平教字〔2021〕19号 类 同意公开 = DOCUMENT_NUMBER 平教字〔2021〕19号; BAD_CLASS 类; DISCLOSURE PUBLIC",
  })
  void resultClasses(String text, String expected) {
    assertThat(marks(text)).isEqualTo(expected);
  }

  /**
   * Not result classes: a letter inside a Latin word, 类别 without a value, a bracketed letter
   * past D, 办复结果 without 类 (read so since the first reader), a class letter among other text.
   */
  @ParameterizedTest
  @ValueSource(strings = {"xA类", "甲类别", "(E)", "办复结果：A", "B 同志", "E", "类",
      // a class's meaning after a colon: the legend of the classes prints so too, a letter that
      // printed no class of its own (third review F2)
      "B:正在解决", "A:已解决或采纳 B:正在解决或列入计划解决 C:留作参考"})
  void noResultClass(String text) {
    assertThat(marks(text)).isEqualTo("-");
  }

  /** A form's serial after its label (编号, 序号) is no document number (corpus ew 2984). */
  @ParameterizedTest
  @ValueSource(strings = {"编号(2022)第252号", "序号〔2023〕15号", "提案编号(2022)第252号",
      "案号(2022)第5号", "登记号(2022)第252号"})
  void aSerialAfterItsLabelIsNoDocumentNumber(String text) {
    assertThat(marks(text)).isEqualTo("-");
    // the class beside it is read (third review F3)
    assertThat(marks(text + "    B")).isEqualTo("RESULT_CLASS B");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '=', value = {
      "平政字〔2024〕12号 = DOCUMENT_NUMBER 平政字〔2024〕12号",
      "平交复函[2017]19号 = DOCUMENT_NUMBER 平交复函〔2017〕19号",
      "某水函【2023】009号 = DOCUMENT_NUMBER 某水函〔2023〕9号",
      "平政字〔2024〕第12号 = DOCUMENT_NUMBER 平政字〔2024〕12号",
      // a letter-spaced line spaces the year's digits too (corpus jw 5587)
      "新环提字 〔 20 21 〕 4 号 = DOCUMENT_NUMBER 新环提字〔2021〕4号",
      "(20 18)阜水务字第15号 = DOCUMENT_NUMBER 阜水务字〔2018〕15号",
      "签发人：张三 = SIGNER 张三",
      "签发人 李 明 = SIGNER 李明",
      "签发：张三 = SIGNER 张三",
      "签发人:方  敏 = SIGNER 方敏",
      "平江县交通运输局 = ISSUER 平江县交通运输局",
      "某某市水利局文件 = ISSUER 某某市水利局",
  })
  void numbersSignersAndIssuers(String text, String expected) {
    assertThat(marks(text)).isEqualTo(expected);
  }

  @Test
  void severalMarksOnALineAreReadInTheirOrder() {
    assertThat(marks("某水函〔2023〕9号  B类  同意公开"))
        .isEqualTo("DOCUMENT_NUMBER 某水函〔2023〕9号; RESULT_CLASS B; DISCLOSURE PUBLIC");
    assertThat(marks("签发人：张三 | 类别：A | （此件主动公开）"))
        .isEqualTo("SIGNER 张三; RESULT_CLASS A; DISCLOSURE PUBLIC");
    assertThat(marks("平江县交通运输局 平交复函〔2021〕5号"))
        .isEqualTo("ISSUER 平江县交通运输局; DOCUMENT_NUMBER 平交复函〔2021〕5号");
  }

  /**
   * A joint letter prints a signer for each body after one label, its number after them (corpus jb
   * 5161); a word after the one signer that another mark takes (a class, a disclosure) or that
   * ends the line is no second signer.
   */
  @Test
  void theSignersOfAJointLetterAreReadTogether() {
    assertThat(marks("签发人:郭潇宇 邢炳林 凤红政函〔2024〕45号"))
        .isEqualTo("SIGNER 郭潇宇、邢炳林; DOCUMENT_NUMBER 凤红政函〔2024〕45号");
    assertThat(marks("签发人：张三、李四")).isEqualTo("SIGNER 张三、李四");
    assertThat(marks("签发人：张三、李四 某政函〔2024〕5号"))
        .isEqualTo("SIGNER 张三、李四; DOCUMENT_NUMBER 某政函〔2024〕5号");
    // a word that ends the line after the signer is no signer (review): no joint signers there
    for (String word : new String[] {"经办人", "特急", "局长", "抄送", "李四"}) {
      assertThat(marks("签发人：张三 " + word)).as(word).doesNotContain("张三 " + word);
    }
    assertThat(marks("签发人：张三 类别：A")).isEqualTo("SIGNER 张三; RESULT_CLASS A");
    assertThat(marks("签发人：张三 主动公开")).isEqualTo("SIGNER 张三; DISCLOSURE PUBLIC");
    assertThat(marks("签发人：王 强")).isEqualTo("SIGNER 王强");
    assertThat(marks("类别:B签发人:张普")).isEqualTo("RESULT_CLASS B; SIGNER 张普");
    assertThat(marks("签发人：张三 乙类")).isEqualTo("SIGNER 张三; RESULT_CLASS B");
  }

  /**
   * A body's name that a comma ends is a clause the text goes on from (a paragraph cut after it:
   * 自治区科技厅依托华蓝设计(集团)有限公司,), no line of marks; a comma between marks, or after a
   * mark, is a separator, and 、 may end the first body of a joint signature split over lines
   * (corpus he 4187; review).
   */
  @Test
  void aNameThatACommaEndsIsNoIssuer() {
    assertThat(marks("自治区科技厅依托华蓝设计(集团)有限公司,")).isEqualTo("-");
    assertThat(marks("某某市水利局, B类")).isEqualTo("ISSUER 某某市水利局; RESULT_CLASS B");
    assertThat(marks("某某市水利局 平交复函〔2021〕5号,"))
        .isEqualTo("ISSUER 某某市水利局; DOCUMENT_NUMBER 平交复函〔2021〕5号");
    assertThat(marks("某某县水利局、")).isEqualTo("ISSUER 某某县水利局");
  }

  /**
   * 签发 with its colon labels the signer beside the document number (西政复〔2017〕5号 签发:岭红芝);
   * 领导签发 is a contact label of the end, and 签发 without a colon a word of the text.
   */
  @Test
  void signedOffWithAColonIsTheSigner() {
    assertThat(marks("西政复〔2017〕5号 签发:岭红芝"))
        .isEqualTo("DOCUMENT_NUMBER 西政复〔2017〕5号; SIGNER 岭红芝");
    assertThat(marks("领导签发：庞维林")).isEqualTo("-");
    assertThat(marks("签发文件")).isEqualTo("-");
  }

  /**
   * A document number damaged in capture (a year bracket lost, a serial that is no number, the
   * closing bracket and 号 lost) is no number, but its line is still a line of marks: the class,
   * disclosure and signer beside it are read.
   */
  @Test
  void aDamagedDocumentNumberLeavesTheOtherMarksOfItsLine() {
    assertThat(marks("东政建议复2017〕1号B类")).isEqualTo("DAMAGED_NUMBER 东政建议复2017〕1号; RESULT_CLASS B");
    assertThat(marks("湘教提复字〔2019〕来信号B类"))
        .isEqualTo("DAMAGED_NUMBER 湘教提复字〔2019〕来信号; RESULT_CLASS B");
    assertThat(marks("某水函〔2023〕9号 B类")).isEqualTo("DOCUMENT_NUMBER 某水函〔2023〕9号; RESULT_CLASS B");
    assertThat(marks("截至2017年底共办理1号")).isEqualTo("-"); // no year bracket: no number's shape
    assertThat(marks("湘阴交议复字〔202312 A同意公开")) // corpus l 311
        .isEqualTo("DAMAGED_NUMBER 湘阴交议复字〔202312; RESULT_CLASS A; DISCLOSURE PUBLIC");
    assertThat(marks("舞水〔202258                   签发人:崔盘营"))
        .isEqualTo("DAMAGED_NUMBER 舞水〔202258; SIGNER 崔盘营");
    assertThat(marks("截至〔2017年底")).isEqualTo("-");
    // a phone's or a postcode's digits in round brackets are no number (reviewed)
    assertThat(marks("联系电话（0730）2222076")).isEqualTo("-");
    assertThat(marks("承办人李四（0730）2222076")).isEqualTo("-");
    assertThat(marks("邮编（414000）")).isEqualTo("-");
  }

  /**
   * A class alone with 公开 in brackets after it is the class and the disclosure (A(公开)); 分类
   * labels a class (分类:B). 公开 in brackets beside anything else is no mark.
   */
  @Test
  void aClassWithItsDisclosureInBracketsAndTheLabels分类And标注() {
    assertThat(marks("                           A(公开)"))
        .isEqualTo("RESULT_CLASS A; DISCLOSURE PUBLIC");
    assertThat(marks("B（公开）")).isEqualTo("RESULT_CLASS B; DISCLOSURE PUBLIC");
    assertThat(marks("分类:B")).isEqualTo("RESULT_CLASS B");
    assertThat(marks("分类：C类")).isEqualTo("RESULT_CLASS C");
    assertThat(marks("标注:A类")).isEqualTo("RESULT_CLASS A"); // 标注 (marked) labels it too
    assertThat(marks("标注〔B〕")).isEqualTo("RESULT_CLASS B");
    assertThat(marks("(复文分类:B)")).isEqualTo("RESULT_CLASS B"); // the reply's class
    assertThat(marks("信息(公开)")).isEqualTo("-");
    assertThat(marks("A(公开) 现答复如下")).isEqualTo("-");
  }

  /**
   * A class alone beside the other marks of its line is its letter (and digit) only, not the
   * line: its text and span are the letter's, so no other mark's characters are recorded twice.
   */
  @Test
  void aClassAloneBesideOtherMarksSpansItsLetterOnly() {
    List<LineMarks.Item> items = LineMarks.scan(new Line(1, 1, "琼土环资函〔2006〕187号 B"));
    assertThat(items).extracting(LineMarks.Item::text).containsExactly("琼土环资函〔2006〕187号", "B");
    assertThat(items.get(1).start()).isEqualTo(16);
    assertThat(LineMarks.scan(new Line(1, 1, "   A(公开)"))).extracting(LineMarks.Item::text)
        .containsExactly("A", "(公开)");
    assertThat(LineMarks.scan(new Line(1, 1, "B 同意公开"))).extracting(LineMarks.Item::text)
        .containsExactly("B", "同意公开");
  }

  /** Each text is read as one mark only: 依申请公开 inside 此件依申请公开 is not read again. */
  @Test
  void noTextIsReadAsTwoMarks() {
    assertThat(marks("此件依申请公开")).isEqualTo("DISCLOSURE ON_REQUEST");
    assertThat(marks("（B）类")).isEqualTo("RESULT_CLASS B"); // one class, its 类 after the brackets
  }

  /** A line with anything but marks, separators and a name is no line of marks. */
  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "您提出的建议收悉。", "A类 您好", "同意公开。现答复如下",
      "平政字〔2024〕12号 关于加强管理的答复"})
  void otherLinesAreNoMarks(String text) {
    assertThat(marks(text)).isEqualTo("-");
  }

  /** Lines longer than 80 non-blank characters are never lines of marks. */
  @Test
  void longLinesAreNoMarks() {
    assertThat(marks("同意公开 " + "|".repeat(76))).isEqualTo("DISCLOSURE PUBLIC");
    assertThat(marks("同意公开 " + "|".repeat(77))).isEqualTo("-");
  }
}
