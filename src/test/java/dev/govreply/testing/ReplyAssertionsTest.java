package dev.govreply.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.conformance.CheckInput;
import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.conformance.Verdict;
import org.junit.jupiter.api.Test;

class ReplyAssertionsTest {

  @Test
  void replyEntryChecksWithoutSpans() {
    ReplyAssert a = ReplyAssertions.assertThat(Fixtures.broken()).usingClock(Fixtures.CLOCK);
    assertThat(a.report().findings()).isNotEmpty()
        .allSatisfy(f -> assertThat(f.span()).isEmpty());
    assertThat(a.report().profileId()).isEqualTo("gbt9704");
  }

  @Test
  void readResultEntryGivesSpansAndGradesReaderFindings() {
    ReplyAssert a = ReplyAssertions.assertThat(SampleDocuments.read("27"))
        .usingClock(Fixtures.CLOCK);
    a.hasFinding("GR-NUM-001").at("documentNumber").onLine(3);
    assertThatThrownBy(() -> a.conformsTo("gbt9704"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("(read from text)")
        .hasMessageContaining("3:1–");
  }

  @Test
  void checkInputEntryKeepsTheAssignmentDate() {
    var reply = Fixtures.valid();
    var input = CheckInput.of(reply).withAssignedOn(reply.date().get().minusMonths(4));
    ReplyAssertions.assertThat(input).usingClock(Fixtures.CLOCK).hasFinding("GR-DAT-002")
        .at("date");
  }

  @Test
  void reportEntryLooksAtTheGivenReport() {
    var report = ReplyChecker.builder().profile(Profiles.LENIENT).clock(Fixtures.CLOCK).build()
        .check(Fixtures.broken());
    ReplyAssertions.assertThat(report).conformsTo("lenient")
        .hasVerdict(Verdict.ACCEPT_WITH_WARNINGS);
    assertThatThrownBy(() -> ReplyAssertions.assertThat(report).conformsTo("gbt9704"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("checked against lenient 1.0");
  }

  @Test
  void aliasesAreTheSame() {
    ReplyAssertions.assertReply(Fixtures.valid()).usingClock(Fixtures.CLOCK).conformsTo("gbt9704");
    ReplyAssertions.assertReply(SampleDocuments.read("00")).usingClock(Fixtures.CLOCK)
        .conformsTo("lenient");
  }
}
