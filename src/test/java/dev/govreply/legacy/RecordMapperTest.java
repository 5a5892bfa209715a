package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Finding;
import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.legacy.MappingResult.FieldError;
import dev.govreply.legacy.RecordMapping.ContactColumns;
import dev.govreply.legacy.RecordMapping.OnError;
import dev.govreply.legacy.RecordMapping.Target;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RecordMapperTest {

  static final RecordMapping EXAMPLE = example();

  static RecordMapping example() {
    try {
      return RecordMapping.fromJson(Path.of("examples/legacy/ledger-mapping.json"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A good ledger row in the shape of the example. */
  static Map<String, Object> row() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("序号", "1");
    r.put("文号", "平交复函〔2021〕19号");
    r.put("类别", "A");
    r.put("公开属性", "同意公开");
    r.put("代表姓名", "张亮");
    r.put("建议号", "241");
    r.put("届次", "岳阳市九届人大四次会议");
    r.put("建议标题", "《关于加快农村公路提质改造的建议》");
    r.put("答复内容", "您提出的《关于加快农村公路提质改造的建议》收悉，现答复如下：\n一、加快建设。\n"
        + "感谢您对交通运输工作的关心和支持。");
    r.put("承办单位", "平江县交通运输局");
    r.put("承办负责人", "朱 远");
    r.put("承办人", "何勇");
    r.put("联系电话", "0730-6222076");
    r.put("答复日期", "2021年7月6日");
    r.put("录入人", "李娟");
    r.put("备注", "已办结");
    return r;
  }

  final RecordMapper mapper = RecordMapper.of(EXAMPLE);

  @Test
  void mapsEveryFieldOfAGoodRow() {
    MappingResult r = mapper.map(row(), 1);
    assertThat(r.isAccepted()).isTrue();
    assertThat(r.rejection()).isEmpty();
    assertThat(r.findings()).isEmpty();
    Reply reply = r.reply().orElseThrow();
    assertThat(reply.issuer()).contains("平江县交通运输局");
    assertThat(reply.documentNumber()).contains(DocumentNumber.parse("平交复函〔2021〕19号"));
    assertThat(reply.resultClass()).contains(ResultClass.A);
    assertThat(reply.disclosure()).contains(Disclosure.PUBLIC);
    assertThat(reply.title()).contains("平江县交通运输局对岳阳市九届人大四次会议第241号建议的答复");
    assertThat(reply.motion().orElseThrow().kind()).contains(MotionKind.SUGGESTION);
    assertThat(reply.motion().orElseThrow().number()).contains("241");
    assertThat(reply.motion().orElseThrow().title()).contains("关于加快农村公路提质改造的建议");
    assertThat(reply.addressee().orElseThrow().names()).containsExactly("张亮");
    assertThat(reply.addressee().orElseThrow().role()).contains(AddresseeRole.DEPUTY);
    assertThat(reply.body().opening()).isPresent();
    assertThat(reply.body().measures()).hasSize(1);
    assertThat(reply.signature()).contains("平江县交通运输局");
    assertThat(reply.date()).contains(LocalDate.of(2021, 7, 6));
    assertThat(reply.contacts()).containsExactly(Contact.of(ContactRole.RESPONSIBLE, "朱远"),
        Contact.of(ContactRole.HANDLER, "何勇", PhoneNumber.parse("0730-6222076")));
    // not named, not ignored: kept; 录入人 is ignored
    assertThat(reply.extensions()).containsOnlyKeys("序号", "备注");
    assertThat(reply.extensions()).containsExactly(Map.entry("序号", ExtensionValue.of("1")),
        Map.entry("备注", ExtensionValue.of("已办结")));
  }

  @Test
  void warnsAboutPrintedFormsOfTheDocumentNumberAndSerialDates() {
    Map<String, Object> row = row();
    row.put("文号", "平交复函[2017]08号");
    row.put("答复日期", "44383");
    MappingResult r = mapper.map(row, 2);
    assertThat(r.isAccepted()).isTrue();
    assertThat(r.findings()).extracting(Finding::ruleId)
        .containsExactly("GR-TXT-001", "GR-TXT-002", RecordMapper.SERIAL_DATE);
    assertThat(r.findings().get(0).message()).startsWith("文号: ");
    assertThat(r.findings().get(0).suggestedFix()).contains("平交复函〔2017〕8号");
    assertThat(r.reply().orElseThrow().date()).contains(LocalDate.of(2021, 7, 6));
  }

  @Test
  void aRejectionListsEveryFailingField() {
    Map<String, Object> row = row();
    row.put("文号", "平交复函2021");
    row.put("类别", "E类");
    row.put("答复日期", "");
    row.put("联系电话", "0730-62220");
    row.put("建议号", null);
    MappingResult r = mapper.map(row, 3);
    assertThat(r.isAccepted()).isFalse();
    assertThat(r.reply()).isEmpty();
    assertThat(r.rejection()).extracting(FieldError::field).containsExactly(
        "documentNumber", "resultClass", "motionNumber", "date", "contacts[1].phone");
    FieldError phone = r.rejection().get(4);
    assertThat(phone.column()).contains("联系电话");
    assertThat(phone.value()).contains("0730-62220");
    assertThat(phone.reason()).contains("7 or 8 digits");
    assertThat(r.rejection().get(3).reason()).isEqualTo("required, but column 答复日期 is empty");
    MappingResult.Rejected rejected = (MappingResult.Rejected) r;
    assertThat(rejected.values()).containsKeys("文号", "录入人").doesNotContainKey("答复日期");
    // the cells as JSON, in record order; an empty cell and a null are left out
    assertThat(rejected.values().keySet()).containsExactly("序号", "文号", "类别", "公开属性",
        "代表姓名", "届次", "建议标题", "答复内容", "承办单位", "承办负责人", "承办人", "联系电话", "录入人",
        "备注");
    assertThat(rejected.values()).containsEntry("文号", ExtensionValue.of("平交复函2021"))
        .containsEntry("联系电话", ExtensionValue.of("0730-62220"))
        .containsEntry("承办负责人", ExtensionValue.of("朱 远"));
  }

  @Test
  void valuesOfOtherTypesAreRead() {
    Map<String, Object> row = row();
    row.put("建议号", 241);
    row.put("答复日期", LocalDate.of(2021, 7, 6));
    row.put("序号", 17L);
    row.put("备注", true);
    Reply reply = mapper.map(row, 4).reply().orElseThrow();
    assertThat(reply.motion().orElseThrow().number()).contains("241");
    assertThat(reply.date()).contains(LocalDate.of(2021, 7, 6));
    assertThat(reply.extensions().get("序号")).isEqualTo(ExtensionValue.of(17L));
    assertThat(reply.extensions().get("备注")).isEqualTo(ExtensionValue.of(true));

    row.put("答复日期", 44383);
    assertThat(mapper.map(row, 5).reply().orElseThrow().date()).contains(LocalDate.of(2021, 7, 6));
  }

  @Test
  void keepPolicyKeepsAnUnreadableValueInExtensions() {
    RecordMapping m = RecordMapping.builder()
        .field(Target.DATE, FieldSource.column("日期"))
        .contact(ContactColumns.of(ContactRole.HANDLER, FieldSource.column("承办人"))
            .withPhone(FieldSource.column("电话").onError(OnError.KEEP)))
        .build();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("日期", "2021-07-06");
    row.put("承办人", "何勇");
    row.put("电话", "办公室");
    MappingResult r = RecordMapper.of(m).map(row, 1);
    assertThat(r.isAccepted()).isTrue();
    Reply reply = r.reply().orElseThrow();
    assertThat(reply.contacts()).containsExactly(Contact.of(ContactRole.HANDLER, "何勇"));
    assertThat(reply.extensions()).containsEntry("电话", ExtensionValue.of("办公室"));
    assertThat(r.findings()).extracting(Finding::ruleId).containsExactly(RecordMapper.KEPT);
  }

  @Test
  void aPhoneWithoutANameIsRejectedAndAnEmptyContactLeftOut() {
    Map<String, Object> row = row();
    row.put("承办人", " ");
    MappingResult r = mapper.map(row, 1);
    assertThat(r.rejection()).extracting(FieldError::field).containsExactly("contacts[1].name");
    row.put("联系电话", "");
    Reply reply = mapper.map(row, 1).reply().orElseThrow();
    assertThat(reply.contacts()).containsExactly(Contact.of(ContactRole.RESPONSIBLE, "朱远"));
  }

  @Test
  void defaultsConstantsConcatenationAndTemplates() {
    RecordMapping m = RecordMapping.builder()
        .field(Target.DISCLOSURE, FieldSource.column("公开").withDefault("依申请公开"))
        .field(Target.ISSUER, FieldSource.constant("平江县人民政府"))
        .field(Target.COPY_TO, FieldSource.columns("、", "抄送1", "抄送2"))
        .field(Target.TITLE, FieldSource.template("{单位}对第{号}号建议的答复"))
        .field(Target.ADDRESSEE, FieldSource.column("代表").withRole(AddresseeRole.MEMBER))
        .build();
    Map<String, Object> row = new HashMap<>();
    row.put("抄送1", "县人大常委会办公室");
    row.put("抄送2", "县政府办公室，县政协办公室");
    row.put("单位", "县交通局");
    row.put("代表", "马青、周丽");
    Reply reply = RecordMapper.of(m).map(row, 1).reply().orElseThrow();
    assertThat(reply.disclosure()).contains(Disclosure.ON_REQUEST);
    assertThat(reply.issuer()).contains("平江县人民政府");
    assertThat(reply.copyTo()).containsExactly("县人大常委会办公室", "县政府办公室", "县政协办公室");
    assertThat(reply.title()).isEmpty(); // {号} is empty: no partial title
    assertThat(reply.addressee().orElseThrow().role()).contains(AddresseeRole.MEMBER);
    row.put("号", "12");
    assertThat(RecordMapper.of(m).map(row, 1).reply().orElseThrow().title())
        .contains("县交通局对第12号建议的答复");
  }

  @Test
  void aRecordWithAProblemIsRejectedWithTheProblemFirst() {
    RecordSource.Record rec = new RecordSource.Record(9, java.util.Optional.of(
        new RecordText(12, 1, 345, "1,2", 3)), row(), List.of(new MappingResult.FieldError(
            "record", java.util.Optional.empty(), java.util.Optional.empty(),
            "malformed CSV: the row has 17 values, the header 16")));
    MappingResult r = mapper.map(rec);
    assertThat(r.recordNumber()).isEqualTo(9);
    assertThat(r.rejection().get(0).field()).isEqualTo("record");
    assertThat(((MappingResult.Rejected) r).line()).hasValue(12);
  }

  @Test
  void withACheckerTheFindingsAreGradedUnderTheProfile() {
    RecordMapper checked = RecordMapper.builder(EXAMPLE)
        .checker(ReplyChecker.of(Profiles.builtIn("gbt9704"))).build();
    Map<String, Object> row = row();
    row.put("文号", "平交复函[2021]19号");
    MappingResult r = checked.map(row, 1);
    assertThat(r.isAccepted()).isTrue();
    assertThat(((MappingResult.Accepted) r).conformance()).isPresent();
    assertThat(r.findings()).extracting(Finding::ruleId).contains("GR-NUM-001")
        .doesNotContain("GR-TXT-001");
  }

  @Test
  void aBodyCellHoldingAWholeReplyIsKeptInExtensions() {
    Map<String, Object> row = row();
    row.put("答复内容", "张亮代表：\n您提出的《关于加快农村公路提质改造的建议》收悉，现答复如下：\n一、加快建设。\n"
        + "平江县交通运输局\n2021年7月6日");
    MappingResult r = mapper.map(row, 1);
    assertThat(r.findings()).extracting(Finding::ruleId).contains(RecordMapper.BODY_EXTRA);
    assertThat(r.reply().orElseThrow().extensions()).containsEntry("答复内容",
        ExtensionValue.of(row.get("答复内容").toString()));
  }

  @Test
  void isThreadSafe() throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Map<String, Object> row = row();
      row.put("建议号", String.valueOf(100 + i));
      row.put("文号", "平交复函〔2021〕" + (i + 1) + "号");
      rows.add(row);
    }
    List<MappingResult> sequential = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      sequential.add(mapper.map(rows.get(i), i + 1));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<MappingResult>> futures = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        int n = i;
        futures.add(pool.submit(() -> mapper.map(rows.get(n), n + 1)));
      }
      for (int i = 0; i < rows.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
