package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import dev.govreply.legacy.MappingResult.FieldError;
import dev.govreply.legacy.RecordMapping.ContactColumns;
import dev.govreply.legacy.RecordMapping.Target;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.Reply;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A template's literal text is not doubled by a value that already carries it (第{建议号}号 with
 * the cell 第0156号), and each such value is reported ({@link RecordMapper#TEMPLATE_TEXT}).
 */
class TemplateRepeatTest {

  /** The case, through the example mapping: the title and the motion number agree. */
  @Test
  void anItemNumberCellWith第And号IsWrittenOnceAndReported() {
    Map<String, Object> row = RecordMapperTest.row();
    row.put("建议号", "第0156号");
    MappingResult r = RecordMapper.of(RecordMapperTest.EXAMPLE).map(row, 1);
    assertThat(r.isAccepted()).isTrue();
    Reply reply = r.reply().orElseThrow();
    assertThat(reply.title()).contains("平江县交通运输局对岳阳市九届人大四次会议第0156号建议的答复");
    assertThat(reply.motion().orElseThrow().number()).contains("0156");
    assertThat(r.findings()).hasSize(1);
    Finding f = r.findings().get(0);
    assertThat(f.ruleId()).isEqualTo(RecordMapper.TEMPLATE_TEXT).isEqualTo("GR-LEG-004");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.path()).contains("title");
    assertThat(f.message()).isEqualTo("建议号: 第0156号 holds the template's own text around"
        + " {建议号} (第 before, 号 after); written once");
    assertThat(f.arguments()).containsExactly("建议号", "第0156号", "第", "号");
  }

  @Test
  void aPlainValueIsNotReported() {
    MappingResult r = RecordMapper.of(RecordMapperTest.EXAMPLE).map(RecordMapperTest.row(), 1);
    assertThat(r.reply().orElseThrow().title())
        .contains("平江县交通运输局对岳阳市九届人大四次会议第241号建议的答复");
    assertThat(r.findings()).isEmpty();
  }

  /** Template, value of {v}, the title written, and the repeated text before and after. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "第{v}号建议的答复       | 第0156号              | 第0156号建议的答复          | 第 | 号",
    "第{v}号建议的答复       | 第0156               | 第0156号建议的答复          | 第 | ''",
    "第{v}号建议的答复       | 0156号               | 第0156号建议的答复          | '' | 号",
    "第{v}号建议的答复       | 第 0156 号           | 第0156号建议的答复          | 第 | 号",
    "第{v}号建议的答复       | 0156                 | 第0156号建议的答复          | '' | ''",
    "第{v}号建议的答复       | 第一号                | 第一号建议的答复            | 第 | 号",
    "对《{v}》的答复         | 《关于加快农村公路的建议》 | 对《关于加快农村公路的建议》的答复 | 《 | 》",
    "关于{v}的答复           | 关于加快农村公路的建议     | 关于加快农村公路的建议的答复    | 关于 | ''",
    "关于{v}的答复           | 加快农村公路的建议        | 关于加快农村公路的建议的答复    | '' | ''",
    "致{v}代表              | 张亮代表              | 致张亮代表                 | '' | 代表",
    "{v}建议的答复           | 第12号建议            | 第12号建议的答复            | '' | 建议",
    "{v}                    | 第0156号              | 第0156号                   | '' | ''",
  })
  void aValueIsWrittenWithoutTheTemplateTextItRepeats(String template, String value,
      String title, String before, String after) {
    RecordMapping m = RecordMapping.builder()
        .field(Target.TITLE, FieldSource.template(template)).build();
    MappingResult r = RecordMapper.of(m).map(Map.of("v", value), 1);
    assertThat(r.reply().orElseThrow().title()).contains(title);
    if (before.isEmpty() && after.isEmpty()) {
      assertThat(r.findings()).isEmpty();
    } else {
      assertThat(r.findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo(RecordMapper.TEMPLATE_TEXT);
        assertThat(f.arguments()).containsExactly("v", value, before, after);
      });
    }
  }

  /**
   * The rule compares text, not meaning: a value that happens to end with the start of the text
   * after it is shortened too (the documented limit), and the finding shows it.
   */
  @Test
  void aCoincidentalOverlapIsShortenedAndReported() {
    RecordMapping m = RecordMapping.builder()
        .field(Target.TITLE, FieldSource.template("{v}名下的答复")).build();
    MappingResult r = RecordMapper.of(m).map(Map.of("v", "李名"), 1);
    assertThat(r.reply().orElseThrow().title()).contains("李名下的答复");
    assertThat(r.findings()).singleElement().satisfies(f ->
        assertThat(f.arguments()).containsExactly("v", "李名", "", "名"));
  }

  @Test
  void eachPlaceholderIsJudgedByTheTextAroundIt() {
    RecordMapping m = RecordMapping.builder()
        .field(Target.TITLE, FieldSource.template("{单位}对{届次}第{号}号建议的答复")).build();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("单位", "县交通局");
    row.put("届次", "对十三届一次会议"); // 对 before {届次} is repeated
    row.put("号", "第12号");
    MappingResult r = RecordMapper.of(m).map(row, 1);
    assertThat(r.reply().orElseThrow().title()).contains("县交通局对十三届一次会议第12号建议的答复");
    assertThat(r.findings()).extracting(f -> f.arguments().get(0)).containsExactly("届次", "号");
  }

  @Test
  void aValueThatIsOnlyTheTemplateTextCountsAsEmpty() {
    RecordMapping m = RecordMapping.builder()
        .field(Target.TITLE, FieldSource.template("第{号}号建议的答复").asRequired()).build();
    MappingResult r = RecordMapper.of(m).map(Map.of("号", "第号"), 1);
    assertThat(r.isAccepted()).isFalse();
    assertThat(r.rejection()).extracting(FieldError::field).containsExactly("title");
    assertThat(r.findings()).extracting(Finding::ruleId)
        .containsExactly(RecordMapper.TEMPLATE_TEXT);
  }

  @Test
  void aTemplateWritesAYesOrNoCellAsADisclosureMark() {
    RecordMapping m = RecordMapping.builder()
        .field(Target.DISCLOSURE, FieldSource.template("是否公开:{是否公开}")).build();
    RecordMapper mapper = RecordMapper.of(m);
    assertThat(mapper.map(Map.of("是否公开", "是"), 1).reply().orElseThrow().disclosure())
        .contains(Disclosure.PUBLIC);
    MappingResult no = mapper.map(Map.of("是否公开", "是否公开:否"), 2);
    assertThat(no.reply().orElseThrow().disclosure()).contains(Disclosure.NOT_PUBLIC);
    assertThat(no.findings()).singleElement().satisfies(f ->
        assertThat(f.path()).contains("disclosure"));
  }

  @Test
  void contactTemplatesAreReportedUnderTheContactsPath() {
    RecordMapping m = RecordMapping.builder()
        .contact(ContactColumns.of(ContactRole.HANDLER, FieldSource.column("承办人"))
            .withUnit(FieldSource.template("{科室}科")))
        .build();
    MappingResult r = RecordMapper.of(m).map(Map.of("承办人", "何勇", "科室", "规划科"), 1);
    assertThat(r.reply().orElseThrow().contacts()).singleElement()
        .extracting(Contact::unit).isEqualTo(java.util.Optional.of("规划科"));
    assertThat(r.findings()).singleElement().satisfies(f ->
        assertThat(f.path()).contains("contacts[0].unit"));
  }
}
