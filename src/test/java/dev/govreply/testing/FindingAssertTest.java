package dev.govreply.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceSpan;
import dev.govreply.conformance.Verdict;
import org.junit.jupiter.api.Test;

class FindingAssertTest {

  static ReplyAssert broken() {
    return ReplyAssertions.assertThat(Fixtures.broken()).usingClock(Fixtures.CLOCK);
  }

  static ReplyAssert sample27() {
    return ReplyAssertions.assertThat(SampleDocuments.read("27")).usingClock(Fixtures.CLOCK);
  }

  @Test
  void atAcceptsAModelPathOrAJsonPointer() {
    broken().hasFinding("GR-NUM-003").at("documentNumber");
    broken().hasFinding("GR-NUM-003").at("/documentNumber");
    broken().hasFinding("GR-REQ-009").at("contacts").withSeverity(Severity.ERROR);
  }

  @Test
  void atFailsNamingWhereTheFindingsAre() {
    assertThatThrownBy(() -> broken().hasFinding("GR-NUM-003").at("date"))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected a GR-NUM-003 finding at date for reply 平政字〔1900〕12号,"
            + " but the one there is at documentNumber")
        .hasMessageContaining("Findings:")
        .hasMessageContaining("GR-REQ-009");
  }

  @Test
  void severityMismatchNamesTheSeverity() {
    assertThatThrownBy(() -> broken().hasFinding("GR-NUM-004").withSeverity(Severity.ERROR))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("with severity ERROR")
        .hasMessageContaining("the one there is WARNING");
  }

  @Test
  void spansFixesAndMessagesOfAReplyReadFromText() {
    var f = sample27().hasFinding("GR-NUM-001").at("documentNumber").onLine(3)
        .withFix("平交复函〔2017〕19号").withMessageContaining("hexagonal").single();
    sample27().inLanguage(java.util.Locale.SIMPLIFIED_CHINESE).hasFinding("GR-NUM-001")
        .withSpan(f.span().get()).withMessageContaining("六角括号");
    assertThatThrownBy(() -> sample27().hasFinding("GR-NUM-001").onLine(1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("documentNumber (3:1–");
    assertThatThrownBy(() -> sample27().hasFinding("GR-NUM-001")
        .withSpan(SourceSpan.ofLine(9, 1, 2)))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> sample27().hasFinding("GR-NUM-001").withFix("x"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void singleFailsForSeveral() {
    var valid = Fixtures.valid();
    var measures = valid.body().measures();
    var body = dev.govreply.model.Body.builder().from(valid.body()).measures(java.util.List.of(
        dev.govreply.model.Measure.builder().from(measures.get(0)).ordinal(3).build(),
        dev.govreply.model.Measure.builder().from(measures.get(1)).ordinal(5).build())).build();
    var a = ReplyAssertions.assertThat(dev.govreply.model.Reply.builder().from(valid).body(body)
        .build()).usingClock(Fixtures.CLOCK);
    assertThat(a.hasFinding("GR-BOD-001").findings()).hasSize(2);
    assertThat(a.hasFinding("GR-BOD-001").at("body.measures[1]").single().arguments())
        .containsExactly("五、", "四、");
    assertThatThrownBy(() -> a.hasFinding("GR-BOD-001").single())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected exactly one GR-BOD-001 finding, but there are 2"
            + " (at body.measures[0], body.measures[1])");
    assertThatThrownBy(() -> a.hasFinding("GR-BOD-001").withoutPath())
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void chainsBackToTheReport() {
    broken().hasFinding("GR-NUM-003").at("documentNumber")
        .hasFinding("GR-REQ-009").at("contacts")
        .hasNoFinding("GR-ADR-001")
        .hasVerdict(Verdict.REJECT);
    broken().hasFinding("GR-NUM-003").and().usingProfile("lenient")
        .hasFinding("GR-NUM-003").withSeverity(Severity.WARNING)
        .conformsTo("lenient");
  }
}
