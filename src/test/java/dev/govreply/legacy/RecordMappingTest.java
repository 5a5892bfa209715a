package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.legacy.RecordMapping.ContactColumns;
import dev.govreply.legacy.RecordMapping.OnError;
import dev.govreply.legacy.RecordMapping.Target;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.ContactRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordMappingTest {

  static final String HEAD = "{\"format\":\"govreply-mapping/1\",";

  @Test
  void readsTheExampleMappingFile() throws Exception {
    RecordMapping m = RecordMapping.fromJson(Path.of("examples/legacy/ledger-mapping.json"));
    assertThat(m.fields()).containsKeys(Target.DOCUMENT_NUMBER, Target.DATE, Target.BODY);
    assertThat(m.field(Target.DATE).orElseThrow().required()).isTrue();
    assertThat(m.field(Target.MOTION_KIND).orElseThrow().constant()).contains("建议");
    assertThat(m.field(Target.TITLE).orElseThrow().columns())
        .containsExactly("承办单位", "届次", "建议号");
    assertThat(m.field(Target.ADDRESSEE).orElseThrow().role()).contains(AddresseeRole.DEPUTY);
    assertThat(m.contacts()).extracting(ContactColumns::role)
        .containsExactly(ContactRole.RESPONSIBLE, ContactRole.HANDLER);
    assertThat(m.ignore()).containsExactly("录入人");
    assertThat(m.consumes("文号")).isTrue();
    assertThat(m.consumes("录入人")).isTrue();
    assertThat(m.consumes("备注")).isFalse();
  }

  @Test
  void fileAndBuilderGiveEqualMappings() {
    RecordMapping json = RecordMapping.fromJson(HEAD + "\"fields\":{"
        + "\"documentNumber\":\"文号\","
        + "\"notes\":{\"columns\":[\"备注\",\"附注\"],\"separator\":\"；\"},"
        + "\"disclosure\":{\"column\":\"公开属性\",\"default\":\"主动公开\",\"onError\":\"keep\"}},"
        + "\"contacts\":[{\"role\":\"承办人\",\"name\":\"承办人\",\"phone\":{\"column\":\"电话\"}}],"
        + "\"ignore\":[\"序号\"]}");
    RecordMapping built = RecordMapping.builder()
        .field(Target.DOCUMENT_NUMBER, FieldSource.column("文号"))
        .field(Target.NOTES, FieldSource.columns("；", "备注", "附注"))
        .field(Target.DISCLOSURE, FieldSource.column("公开属性").withDefault("主动公开")
            .onError(OnError.KEEP))
        .contact(ContactColumns.of(ContactRole.HANDLER, FieldSource.column("承办人"))
            .withPhone(FieldSource.column("电话")))
        .ignore("序号")
        .build();
    assertThat(json).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(json.namedColumns()).containsExactly("文号", "公开属性", "备注", "附注", "承办人", "电话");
  }

  @Test
  void errorsNameTheJsonPointer() {
    assertPointer("{\"fields\":{}}", "", "format");
    assertPointer("{\"format\":\"govreply-mapping/2\",\"fields\":{\"date\":\"d\"}}", "/format",
        "govreply-mapping/1");
    assertPointer(HEAD + "\"fields\":{\"dat\":\"d\"}}", "/fields/dat", "unknown field");
    assertPointer(HEAD + "\"fields\":{\"date\":{\"colum\":\"d\"}}}", "/fields/date/colum",
        "unknown property");
    assertPointer(HEAD + "\"fields\":{\"date\":{\"column\":1}}}", "/fields/date/column",
        "expected a string, got a number");
    assertPointer(HEAD + "\"fields\":{\"date\":{\"column\":\"a\",\"constant\":\"b\"}}}",
        "/fields/date", "exactly one");
    assertPointer(HEAD + "\"fields\":{\"title\":{\"template\":\"{a\"}}}", "/fields/title/template",
        "without '}'");
    assertPointer(HEAD + "\"fields\":{\"date\":{\"column\":\"d\",\"required\":\"yes\"}}}",
        "/fields/date/required", "true or false");
    assertPointer(HEAD + "\"fields\":{\"date\":{\"column\":\"d\",\"role\":\"代表\"}}}",
        "/fields/date/role", "unknown property");
    assertPointer(HEAD + "\"fields\":{\"addressee\":{\"column\":\"d\",\"role\":\"x\"}}}",
        "/fields/addressee/role", "unknown role");
    assertPointer(HEAD + "\"fields\":{\"date\":{\"column\":\"d\",\"onError\":\"skip\"}}}",
        "/fields/date/onError", "reject");
    assertPointer(HEAD + "\"contacts\":[{\"role\":\"BOSS\",\"name\":\"n\"}]}", "/contacts/0/role",
        "unknown role");
    assertPointer(HEAD + "\"contacts\":[{\"role\":\"HANDLER\"}]}", "/contacts/0", "name");
    assertPointer(HEAD + "\"fields\":{\"date\":\"d\"},\"ignore\":[1]}", "/ignore/0", "string");
    assertPointer(HEAD + "\"fields\":{\"a/b\":\"d\"}}", "/fields/a~1b", "unknown field");
    assertPointer(HEAD + "\"fields\":{}}", "", "maps no field");
    assertPointer(HEAD + "\"fields\":{\"date\":\"d\",\"date\":\"e\"}}", "", "Duplicate");
    assertPointer(HEAD + "\"fields\":{\"date\":\"d\"}} {}", "", "not valid JSON");
    assertPointer("", "", "empty");
  }

  private static void assertPointer(String json, String pointer, String reason) {
    assertThatThrownBy(() -> RecordMapping.fromJson(json))
        .isInstanceOfSatisfying(RecordMappingException.class, e -> {
          assertThat(e.pointer()).isEqualTo(pointer);
          assertThat(e.reason()).contains(reason);
        });
  }

  @Test
  void sourcesCheckTheirInvariants() {
    assertThatThrownBy(() -> FieldSource.constant(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldSource.columns("、")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldSource.column("")).isInstanceOf(IllegalArgumentException.class);
    // a blank default would be an empty value that still counts as given
    assertThatThrownBy(() -> FieldSource.column("a").withDefault(" \u3000"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a default must not be blank");
    assertThatThrownBy(() -> RecordMapping.builder().ignore("序号", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FieldSource.template("no placeholder"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(FieldSource.template("{a}对{b}第{a}号").columns()).containsExactly("a", "b");
    assertThat(FieldSource.columns("+", "a", "b").label()).contains("a+b");
    assertThat(FieldSource.constant("x").label()).isEqualTo(Optional.empty());
  }

  @Test
  void builderRefusesATwiceMappedFieldAndAStrayRole() {
    RecordMapping.Builder b = RecordMapping.builder().field(Target.DATE, FieldSource.column("d"));
    assertThatThrownBy(() -> b.field(Target.DATE, FieldSource.column("e")))
        .isInstanceOfSatisfying(RecordMappingException.class,
            e -> assertThat(e.pointer()).isEqualTo("/fields/date"));
    assertThatThrownBy(() -> b.field(Target.TITLE,
        FieldSource.column("t").withRole(AddresseeRole.DEPUTY)))
        .isInstanceOfSatisfying(RecordMappingException.class,
            e -> assertThat(e.pointer()).isEqualTo("/fields/title/role"));
  }

  @Test
  void targetKeysRoundTrip() {
    for (Target t : Target.values()) {
      assertThat(Target.fromKey(t.key())).contains(t);
    }
    assertThat(Target.fromKey("nope")).isEmpty();
    assertThat(List.of(MappingFile.escape("a~/b"))).containsExactly("a~0~1b");
  }
}
