package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import dev.govreply.findings.SourceLocator;
import dev.govreply.findings.SourceSpan;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The checker: overrides and the verdict after them, reader findings, clock, locator, threads. */
class ReplyCheckerTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

  static Reply noDate() {
    return Replies.founding().toBuilder().date(Optional.empty()).build();
  }

  static ReplyChecker checker(Profile p) {
    return ReplyChecker.builder().profile(p).clock(CLOCK).build();
  }

  @Test
  void verdictIsComputedAfterOverrides() {
    assertThat(checker(Profiles.GBT9704).check(noDate()).verdict()).isEqualTo(Verdict.REJECT);

    Profile regraded = Profiles.GBT9704.withIdentity("x", "1").withOverrides(
        RuleOverride.regrade("GR-REQ-008", Severity.WARNING, "dates are added at publication"));
    ConformanceReport r = checker(regraded).check(noDate());
    assertThat(r.verdict()).isEqualTo(Verdict.ACCEPT_WITH_WARNINGS);
    assertThat(r.findings("GR-REQ-008")).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.WARNING);
    assertThat(r.overrides()).singleElement().satisfies(o -> {
      assertThat(o.matched()).isEqualTo(1);
      assertThat(o.override().rationale()).isEqualTo("dates are added at publication");
    });
    assertThat(r.profileId()).isEqualTo("x");

    Profile suppressed = Profiles.GBT9704.withOverrides(
        RuleOverride.suppress("GR-REQ-*", "checked elsewhere"));
    ConformanceReport s = checker(suppressed).check(noDate());
    assertThat(s.verdict()).isEqualTo(Verdict.ACCEPT);
    assertThat(s.findings()).isEmpty();
    assertThat(s.suppressed()).extracting(Finding::ruleId).containsExactly("GR-REQ-008");

    Profile raised = Profiles.LENIENT.withOverrides(
        RuleOverride.regrade("GR-REQ-008", Severity.ERROR, "the ledger needs a date"));
    assertThat(checker(Profiles.LENIENT).check(noDate()).verdict())
        .isEqualTo(Verdict.ACCEPT_WITH_WARNINGS);
    assertThat(checker(raised).check(noDate()).verdict()).isEqualTo(Verdict.REJECT);
  }

  @Test
  void overridesWithAPathApplyOnlyThere() {
    Reply r = Replies.founding().toBuilder().contacts(List.of(
        Contact.of(ContactRole.RESPONSIBLE, "朱远"), Contact.of(ContactRole.HANDLER, "何勇")))
        .issuer("县".repeat(101)).build();
    Profile p = Profiles.GBT9704.withOverrides(
        RuleOverride.regrade("GR-VAL-001", Severity.INFO, "long issuers are fine").at("issuer"),
        RuleOverride.suppress("GR-CON-004", "no phones in this ledger").at("contacts[*]"));
    ConformanceReport report = checker(p).check(r);
    assertThat(report.findings("GR-VAL-001")).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.INFO);
    // GR-CON-004 is reported at "contacts", which contacts[*] does not match
    assertThat(report.findings("GR-CON-004")).hasSize(1);
  }

  @Test
  void readerFindingsAreGradedMappedDroppedOrPassedThrough() {
    List<Finding> reader = List.of(
        Finding.of("GR-TXT-001", Severity.WARNING, "document number 平政字[2024]12号 has the year"
            + " in other brackets than 〔〕", "documentNumber", SourceSpan.ofLine(2, 1, 14))
            .withFix("平政字〔2024〕12号"),
        Finding.of("GR-TXT-061", Severity.WARNING, "no date", null, null),
        Finding.of("GR-TXT-033", Severity.INFO, "ASCII colon", "addressee",
            SourceSpan.ofLine(5, 3, 4)),
        Finding.of("GR-TXT-030", Severity.WARNING, "salutation without colon", "addressee",
            SourceSpan.ofLine(5, 1, 4)));
    ConformanceReport r = checker(Profiles.GBT9704).check(Replies.founding(), SourceLocator.NONE,
        reader);
    assertThat(r.findings()).extracting(Finding::ruleId)
        .containsExactly("GR-NUM-001", "GR-TXT-030", "GR-TXT-033");
    Finding num = r.findings("GR-NUM-001").get(0);
    assertThat(num.severity()).isEqualTo(Severity.ERROR);
    assertThat(num.span()).contains(SourceSpan.ofLine(2, 1, 14));
    assertThat(num.suggestedFix()).contains("平政字〔2024〕12号");
    assertThat(num.jsonPointer()).contains("/documentNumber");
    assertThat(r.findings("GR-TXT-030").get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void locatorGivesSpansFallingBackToTheNearestParent() {
    SourceLocator loc = p -> p.equals("body.measures[1]")
        ? Optional.of(new SourceSpan(20, 1, 24, 9)) : Optional.empty();
    Reply r = Replies.founding().toBuilder().body(RuleFixturesTest.body().measures(List.of(
        Replies.measure(1, "一。"), Replies.measure(2, "二。", Replies.point(2, "乙。")))).build())
        .build();
    ConformanceReport report = checker(Profiles.GBT9704).check(r, loc, List.of());
    assertThat(report.findings("GR-BOD-002")).singleElement().satisfies(f -> {
      assertThat(f.path()).contains("body.measures[1].points[0]");
      assertThat(f.jsonPointer()).contains("/body/measures/1/points/0");
      assertThat(f.span()).contains(new SourceSpan(20, 1, 24, 9));
      assertThat(f.arguments()).containsExactly("二是", "一是");
    });
  }

  @Test
  void theClockDecidesWhatIsInTheFuture() {
    Reply r = Replies.founding();
    Clock before = Clock.fixed(Instant.parse("2024-05-19T00:00:00Z"), ZoneOffset.UTC);
    assertThat(ReplyChecker.builder().clock(before).build().check(r).has("GR-DAT-001")).isTrue();
    assertThat(checker(Profiles.GBT9704).check(r).has("GR-DAT-001")).isFalse();
  }

  @Test
  void theAssignmentDateMayComeFromTheExtensions() {
    Reply r = Replies.founding().toBuilder().putExtension("assignedOn", ExtensionValue.of("2024-01-10"))
        .build();
    assertThat(checker(Profiles.GBT9704).check(r).findings("GR-DAT-002")).singleElement()
        .extracting(Finding::arguments).isEqualTo(List.of("2024-05-20", "2024-01-10",
            "2024-04-10"));
    Reply bad = Replies.founding().toBuilder().putExtension("assignedOn", ExtensionValue.of("soon"))
        .build();
    assertThat(checker(Profiles.GBT9704).check(bad).findings()).isEmpty();
    // only an ISO date string is read: a number, an object or null there is ignored
    for (ExtensionValue other : List.of(ExtensionValue.of(20240110L), ExtensionValue.nullValue(),
        ExtensionValue.object(java.util.Map.of("date", ExtensionValue.of("2024-01-10"))),
        ExtensionValue.array(ExtensionValue.of("2024-01-10")))) {
      Reply ignored = Replies.founding().toBuilder().putExtension("assignedOn", other).build();
      assertThat(CheckInput.of(ignored).effectiveAssignedOn()).as("%s", other).isEmpty();
      assertThat(checker(Profiles.GBT9704).check(ignored).findings()).as("%s", other).isEmpty();
    }
    assertThat(CheckInput.of(r).effectiveAssignedOn()).contains(LocalDate.of(2024, 1, 10));
    assertThat(checker(Profiles.GBT9704).check(CheckInput.of(r)
        .withAssignedOn(LocalDate.of(2024, 3, 1))).findings()).isEmpty();
  }

  @Test
  void findingsKeepArgumentsForLocalisedMessages() {
    Finding f = checker(Profiles.GBT9704).check(noDate()).findings().get(0);
    assertThat(f.message()).isEqualTo("The reply has no date (成文日期).");
    assertThat(f.message(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("答复没有成文日期。");
  }

  @Test
  void oneCheckerServesManyThreads() throws Exception {
    ReplyChecker c = checker(Profiles.GBT9704);
    ConformanceReport expected = c.check(noDate());
    var pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ConformanceReport>> fs = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        fs.add(pool.submit(() -> c.check(noDate())));
      }
      for (Future<ConformanceReport> f : fs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
