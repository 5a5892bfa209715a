package dev.govreply.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.conformance.RuleOverride;
import dev.govreply.findings.Severity;
import dev.govreply.conformance.Verdict;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReplyAssertTest {

  static ReplyAssert valid() {
    return ReplyAssertions.assertThat(Fixtures.valid()).usingClock(Fixtures.CLOCK);
  }

  static ReplyAssert broken() {
    return ReplyAssertions.assertThat(Fixtures.broken()).usingClock(Fixtures.CLOCK);
  }

  @Test
  void aValidReplyPasses() {
    valid().conformsTo("gbt9704").hasVerdict(Verdict.ACCEPT).hasNoFinding("GR-NUM-003")
        .hasNoFindings();
    valid().conformsTo(Profiles.LENIENT).hasVerdict(Verdict.ACCEPT);
  }

  @Test
  void conformsToFailsWithEveryFindingAndItsLocationInATable() {
    assertThatThrownBy(() -> broken().conformsTo("gbt9704"))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected reply 平政字〔1900〕12号 to conform to profile gbt9704 1.0,"
            + " but the verdict is REJECT")
        .hasMessageContaining("Findings:\nREJECT gbt9704 1.0 (govreply-rules 1.0): 3 findings")
        .hasMessageContaining("rule")
        .hasMessageContaining("GR-NUM-003  ERROR")
        .hasMessageContaining("GR-NUM-004  WARNING")
        .hasMessageContaining("GR-REQ-009  ERROR")
        .hasMessageContaining("documentNumber")
        .hasMessageContaining("/documentNumber")
        .hasMessageContaining("/contacts")
        .hasMessageContaining("1900");
  }

  @Test
  void lenientAcceptsWithWarnings() {
    broken().conformsTo("lenient").hasVerdict(Verdict.ACCEPT_WITH_WARNINGS);
    assertThatThrownBy(() -> broken().usingProfile("lenient").hasVerdict(Verdict.ACCEPT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected verdict ACCEPT")
        .hasMessageContaining("but it is ACCEPT_WITH_WARNINGS")
        .hasMessageContaining("GR-NUM-003  WARNING");
  }

  @Test
  void doesNotConformTo() {
    broken().doesNotConformTo("gbt9704");
    assertThatThrownBy(() -> valid().doesNotConformTo("gbt9704"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("(no findings)");
  }

  @Test
  void hasNoFindingFailsNamingWhereTheFindingIs() {
    assertThatThrownBy(() -> broken().hasNoFinding("GR-NUM-003"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no GR-NUM-003 finding")
        .hasMessageContaining("there is 1 (at documentNumber)");
  }

  @Test
  void hasFindingFailsListingTheOthers() {
    assertThatThrownBy(() -> broken().hasFinding("GR-ADR-001"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a GR-ADR-001 finding")
        .hasMessageContaining("GR-REQ-009");
    assertThatThrownBy(() -> valid().hasNoFindings().hasFinding("GR-REQ-009"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> broken().hasNoFindings()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("there are 3");
  }

  @Test
  void userProfileOverridesApply() {
    var profile = Profiles.GBT9704.withIdentity("mine", "2")
        .withOverrides(RuleOverride.suppress("GR-REQ-009", "contacts are kept elsewhere"),
            RuleOverride.regrade("GR-NUM-003", Severity.INFO, "old archive numbers"));
    broken().conformsTo(profile).hasNoFinding("GR-REQ-009")
        .hasFinding("GR-NUM-003").withSeverity(Severity.INFO);
  }

  @Test
  void theClockDecidesWhatIsInTheFuture() {
    ReplyAssertions.assertThat(Fixtures.valid())
        .usingClock(java.time.Clock.fixed(java.time.Instant.parse("2023-12-01T00:00:00Z"),
            java.time.ZoneOffset.UTC))
        .hasFinding("GR-DAT-001").at("date").and()
        .hasFinding("GR-NUM-003").at("/documentNumber");
  }

  @Test
  void usingCheckerTakesItsProfileAndClock() {
    var checker = ReplyChecker.builder().profile(Profiles.LENIENT).clock(Fixtures.CLOCK).build();
    var a = ReplyAssertions.assertThat(Fixtures.broken()).usingChecker(checker);
    assertThat(a.report().profileId()).isEqualTo("lenient");
  }

  @Test
  void theAssignmentDateEnablesTheDeadlineRules() {
    LocalDate date = Fixtures.valid().date().get();
    valid().withAssignedOn(date.minusMonths(7)).hasFinding("GR-DAT-003").at("date")
        .withSeverity(Severity.ERROR);
    valid().withAssignedOn(date.minusMonths(1)).hasNoFinding("GR-DAT-002");
  }

  @Test
  void messagesInChinese() {
    assertThatThrownBy(() -> broken().inLanguage(Locale.SIMPLIFIED_CHINESE).conformsTo("gbt9704"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("联系");
  }

  @Test
  void theReportIsCheckedOncePerProfile() {
    ReplyAssert a = broken();
    var first = a.report();
    a.hasFinding("GR-NUM-003");
    assertThat(a.report()).isSameAs(first);
    a.usingProfile("lenient");
    assertThat(a.report()).isNotSameAs(first);
    assertThat(a.report().profileId()).isEqualTo("lenient");
  }

  @Test
  void reportsCannotBeRecheckedWithAnotherClock() {
    var report = ReplyChecker.of(Profiles.GBT9704).check(Fixtures.valid());
    assertThatThrownBy(() -> ReplyAssertions.assertThat(report).usingClock(Fixtures.CLOCK))
        .isInstanceOf(IllegalStateException.class);
  }
}
