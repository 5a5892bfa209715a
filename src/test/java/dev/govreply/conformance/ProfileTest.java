package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Profiles: JSON reading (valid; invalid with the JSON Pointer), writing, grading. */
class ProfileTest {

  static final String VALID = """
      {
        "id": "yueyang-2024",
        "version": "2",
        "extends": "gbt9704",
        "description": "岳阳市 rules",
        "classScheme": {"letters": "甲乙丙", "subClasses": false},
        "requiredBlocks": ["ISSUER", "DATE", "CONTACT"],
        "ceiling": "ERROR",
        "overrides": [
          {"rule": "GR-NUM-002", "severity": "WARNING", "rationale": "our ledger pads serials"},
          {"rule": "GR-TXT-*", "path": "contacts[*].phone", "suppress": true,
           "rationale": "phones are checked by the switchboard"}
        ]
      }
      """;

  @Test
  void readsAValidProfile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("p.json");
    Files.writeString(file, VALID, StandardCharsets.UTF_8);
    Profile p = Profile.fromJson(file);
    assertThat(p.id()).isEqualTo("yueyang-2024");
    assertThat(p.version()).isEqualTo("2");
    assertThat(p.classScheme()).isEqualTo(new ClassScheme(ClassScheme.Letters.JIA_YI_BING, false));
    assertThat(p.requiredBlocks()).containsExactlyInAnyOrder(Block.ISSUER, Block.DATE,
        Block.CONTACT);
    assertThat(p.overrides()).containsExactly(
        RuleOverride.regrade("GR-NUM-002", Severity.WARNING, "our ledger pads serials"),
        RuleOverride.suppress("GR-TXT-*", "phones are checked by the switchboard")
            .at("contacts[*].phone"));
    assertThat(Profile.fromJson(p.toJson())).isEqualTo(p);
  }

  @Test
  void extendsInheritsWhatIsNotSaid() {
    Profile p = Profile.fromJson("{\"id\": \"x\", \"version\": \"1\", \"extends\": \"lenient\"}");
    assertThat(p.withIdentity("lenient", "1.0")).isEqualTo(Profiles.LENIENT);
    Profile bare = Profile.fromJson("{\"id\": \"x\", \"version\": \"1\"}");
    assertThat(bare.requiredBlocks()).isEqualTo(EnumSet.allOf(Block.class));
    assertThat(bare.ceiling()).isEqualTo(Severity.ERROR);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"id\": \"x\", \"version\": \"1\", \"colour\": 1}|/colour|unknown property",
      "{\"version\": \"1\"}|(document)|missing \"id\"",
      "{\"id\": 7, \"version\": \"1\"}|/id|expected a string",
      "{\"id\": \"x\", \"version\": \"1\", \"ceiling\": \"FATAL\"}|/ceiling|ERROR, WARNING or INFO",
      "{\"id\": \"x\", \"version\": \"1\", \"extends\": \"strict\"}|/extends|unknown built-in",
      "{\"id\": \"x\", \"version\": \"1\", \"classScheme\": {\"letters\": \"A-E\"}}|/classScheme/letters|A-C, A-D or 甲乙丙",
      "{\"id\": \"x\", \"version\": \"1\", \"classScheme\": {\"subClasses\": \"yes\"}}|/classScheme/subClasses|true or false",
      "{\"id\": \"x\", \"version\": \"1\", \"requiredBlocks\": [\"ISSUER\", \"SEAL\"]}|/requiredBlocks/1|unknown block",
      "{\"id\": \"x\", \"version\": \"1\", \"requiredBlocks\": [\"DATE\", \"DATE\"]}|/requiredBlocks/1|twice",
      "{\"id\": \"x\", \"version\": \"1\", \"overrides\": [{}, {}]}|/overrides/0|missing \"rule\"",
      "{\"id\": \"x\", \"version\": \"1\", \"overrides\": [{\"rule\": \"GR-NUM-999\", \"severity\": \"INFO\", \"rationale\": \"r\"}]}|/overrides/0/rule|no rule GR-NUM-999",
      "{\"id\": \"x\", \"version\": \"1\", \"overrides\": [{\"rule\": \"num2\", \"severity\": \"INFO\", \"rationale\": \"r\"}]}|/overrides/0/rule|rule ID",
      "{\"id\": \"x\", \"version\": \"1\", \"overrides\": [{\"rule\": \"GR-NUM-002\", \"severity\": \"INFO\"}]}|/overrides/0|rationale",
      "{\"id\": \"x\", \"version\": \"1\", \"overrides\": [{\"rule\": \"GR-NUM-002\", \"rationale\": \"r\"}]}|/overrides/0|severity",
      "{\"id\": \"x\", \"version\": \"1\", \"overrides\": [{\"rule\": \"GR-NUM-002\", \"severity\": \"INFO\", \"suppress\": true, \"rationale\": \"r\"}]}|/overrides/0/severity|not both",
      "{\"id\": \"x\", \"version\": \"1\", \"overrides\": [{\"rule\": \"GR-NUM-002\", \"path\": \"regex:(\", \"severity\": \"INFO\", \"rationale\": \"r\"}]}|/overrides/0/path|regex",
      "{\"id\": \"x\", \"version\": \"1\", \"id\": \"y\"}|/id|Duplicate",
      "{\"id\": \"x\", \"version\": }|/version|malformed JSON",
      "[1]|(document)|expected an object",
      "{\"id\": \"x\", \"version\": \"1\", \"description\": null}|/description|expected a string, got null",
      "{\"id\": \"x\", \"version\": \"1\", \"requiredBlocks\": [\"DATE\", null]}|/requiredBlocks/1|got null",
      "{\"id\": \"x\", \"version\": \"1\", \"overrides\": [{\"rule\": \"GR-NUM-002\", \"severity\": \"INFO\", \"rationale\": \"r\", \"why\": 1}]}|/overrides/0/why|unknown property",
      "{\"id\": \"x\", \"version\": \"1\", \"classScheme\": {\"letters\": \"A-D\", \"x\": 1}}|/classScheme/x|unknown property",
      "{\"id\": \"x\", \"version\": \"1\"} {}|(document)|malformed JSON",
  })
  void rejectsInvalidProfilesNamingThePointer(String json, String pointer, String problem) {
    assertThatThrownBy(() -> Profile.fromJson(json)).isInstanceOf(ProfileException.class)
        .hasMessageContaining("profile JSON at " + pointer + ": ")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(((ProfileException) e).pointer())
            .isEqualTo(pointer.equals("(document)") ? "" : pointer));
  }

  @Test
  void capLowersToTheCeilingOnly() {
    assertThat(Profiles.LENIENT.cap(Severity.ERROR)).isEqualTo(Severity.WARNING);
    assertThat(Profiles.LENIENT.cap(Severity.INFO)).isEqualTo(Severity.INFO);
    assertThat(Profiles.GBT9704.cap(Severity.ERROR)).isEqualTo(Severity.ERROR);
  }

  @Test
  void firstMatchingOverrideWins() {
    Profile p = Profiles.GBT9704.withOverrides(
        RuleOverride.suppress("GR-REQ-008", "a"), RuleOverride.regrade("GR-REQ-*", Severity.INFO,
            "b"));
    Finding f = Finding.of("GR-REQ-008", Severity.ERROR, "m", "date", null);
    assertThat(p.overrideFor(f).map(RuleOverride::rationale)).contains("a");
    assertThat(p.overrideFor(Finding.of("GR-REQ-001", Severity.ERROR, "m", "issuer", null))
        .map(RuleOverride::rationale)).contains("b");
    assertThat(p.overrideFor(Finding.of("GR-NUM-001", Severity.ERROR, "m", null, null)))
        .isEqualTo(Optional.empty());
  }

  @Test
  void builtInsAreNamed() {
    assertThat(Profiles.builtIn("gbt9704")).isSameAs(Profiles.GBT9704);
    assertThat(Profiles.builtIn("lenient").ceiling()).isEqualTo(Severity.WARNING);
    assertThatThrownBy(() -> Profiles.builtIn("strict")).hasMessageContaining("gbt9704, lenient");
    assertThat(Profile.fromJson(Profiles.GBT9704.toJson())).isEqualTo(Profiles.GBT9704);
  }
}
