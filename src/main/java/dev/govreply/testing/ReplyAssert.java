package dev.govreply.testing;

import dev.govreply.conformance.CheckInput;
import dev.govreply.conformance.ConformanceReport;
import dev.govreply.findings.Finding;
import dev.govreply.conformance.Profile;
import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.conformance.Verdict;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Fluent assertions on the conformance of one reply; made by {@link ReplyAssertions}. The reply
 * is checked once per profile and clock, on the first assertion that needs the report, and every
 * later assertion looks at the same report.
 *
 * <p>Defaults: profile {@code gbt9704}, the system clock, English messages. A failed assertion
 * throws {@link AssertionError}; its message says what was expected and lists <em>all</em> the
 * findings of the report as a {@link FindingTable}.
 *
 * <p>Not thread-safe (an assertion object belongs to one test).
 */
public final class ReplyAssert {
  private CheckInput input;
  private final String description;
  private final ConformanceReport fixed;
  private Profile profile = Profiles.GBT9704;
  private Clock clock = Clock.systemDefaultZone();
  private Locale locale = Locale.ENGLISH;
  private ConformanceReport report;

  ReplyAssert(CheckInput input, String description) {
    this.input = input;
    this.description = description;
    this.fixed = null;
  }

  ReplyAssert(ConformanceReport report) {
    this.input = null;
    this.description = "report";
    this.fixed = report;
    this.report = report;
  }

  // ---- configuration ----

  /**
   * Checks under a built-in profile from now on.
   *
   * @param name {@code gbt9704} or {@code lenient}
   * @return this
   * @throws IllegalArgumentException for an unknown name
   */
  public ReplyAssert usingProfile(String name) {
    return usingProfile(Profiles.builtIn(name));
  }

  /**
   * Checks under {@code p} from now on.
   *
   * @param p a built-in profile ({@code Profiles.GBT9704}) or one of the user's
   * @return this
   * @throws AssertionError for a report already made under another profile
   */
  public ReplyAssert usingProfile(Profile p) {
    Objects.requireNonNull(p, "profile");
    if (fixed != null) {
      if (!fixed.profileId().equals(p.id()) || !fixed.profileVersion().equals(p.version())) {
        throw fail("Expected a report checked against profile " + p.id() + " " + p.version()
            + ", but it was checked against " + fixed.profileId() + " " + fixed.profileVersion());
      }
      return this;
    }
    if (!p.equals(profile)) {
      profile = p;
      report = null;
    }
    return this;
  }

  /**
   * Checks with this clock from now on: "today" for the rules on future dates and years.
   *
   * @param c e.g. {@code Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC)}
   * @return this
   * @throws IllegalStateException for a report already made
   */
  public ReplyAssert usingClock(Clock c) {
    Objects.requireNonNull(c, "clock");
    requireUnchecked("usingClock");
    if (!c.equals(clock)) {
      clock = c;
      report = null;
    }
    return this;
  }

  /**
   * Checks with the profile and clock of {@code checker} from now on.
   *
   * @param checker the checker whose settings to use
   * @return this
   * @throws IllegalStateException for a report already made
   */
  public ReplyAssert usingChecker(ReplyChecker checker) {
    Objects.requireNonNull(checker, "checker");
    usingClock(checker.clock());
    return usingProfile(checker.profile());
  }

  /**
   * Shows the messages in failures in {@code l}.
   *
   * @param l e.g. {@link Locale#SIMPLIFIED_CHINESE}; English unless set
   * @return this
   */
  public ReplyAssert inLanguage(Locale l) {
    this.locale = Objects.requireNonNull(l, "locale");
    return this;
  }

  /**
   * Checks with the date the motion was assigned (交办), for the deadline rules (GR-DAT-00x): a
   * reply is due within 3 months of it.
   *
   * @param date the assignment date, e.g. 2024-03-01
   * @return this
   * @throws IllegalStateException for a report already made
   */
  public ReplyAssert withAssignedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    requireUnchecked("withAssignedOn");
    input = input.withAssignedOn(date);
    report = null;
    return this;
  }

  private void requireUnchecked(String what) {
    if (fixed != null) {
      throw new IllegalStateException(what + " does not apply to a report that is already made");
    }
  }

  // ---- assertions ----

  /**
   * Asserts that the reply conforms to the built-in profile {@code name}: the verdict is ACCEPT or
   * ACCEPT_WITH_WARNINGS (no ERROR), as {@code govreply check} exits 0. The profile stays chosen
   * for the assertions that follow. For no warnings either, add {@code hasVerdict(ACCEPT)}.
   *
   * @param name {@code gbt9704} or {@code lenient}
   * @return this
   * @throws AssertionError when the verdict is REJECT; the message lists the findings
   */
  public ReplyAssert conformsTo(String name) {
    return conformsTo(Profiles.builtIn(name));
  }

  /**
   * Asserts that the reply conforms to {@code p}; see {@link #conformsTo(String)}.
   *
   * @param p a built-in or user profile
   * @return this
   * @throws AssertionError when the verdict is REJECT; the message lists the findings
   */
  public ReplyAssert conformsTo(Profile p) {
    usingProfile(p);
    if (report().verdict() == Verdict.REJECT) {
      throw fail("Expected " + description + " to conform to profile " + p.id() + " "
          + p.version() + ", but the verdict is REJECT");
    }
    return this;
  }

  /**
   * Asserts that the reply does not conform to {@code name}: the verdict is REJECT.
   *
   * @param name {@code gbt9704} or {@code lenient}
   * @return this
   * @throws AssertionError when the verdict is not REJECT; the message lists the findings
   */
  public ReplyAssert doesNotConformTo(String name) {
    return doesNotConformTo(Profiles.builtIn(name));
  }

  /**
   * Asserts that the verdict under {@code p} is REJECT.
   *
   * @param p a built-in or user profile
   * @return this
   * @throws AssertionError when the verdict is not REJECT; the message lists the findings
   */
  public ReplyAssert doesNotConformTo(Profile p) {
    usingProfile(p);
    if (report().verdict() != Verdict.REJECT) {
      throw fail("Expected " + description + " not to conform to profile " + p.id() + " "
          + p.version() + ", but the verdict is " + report().verdict());
    }
    return this;
  }

  /**
   * Asserts the verdict under the current profile.
   *
   * @param expected e.g. {@link Verdict#ACCEPT_WITH_WARNINGS}
   * @return this
   * @throws AssertionError when the verdict differs; the message lists the findings
   */
  public ReplyAssert hasVerdict(Verdict expected) {
    Objects.requireNonNull(expected, "expected");
    if (report().verdict() != expected) {
      throw fail("Expected verdict " + expected + " for " + description + " under profile "
          + report().profileId() + ", but it is " + report().verdict());
    }
    return this;
  }

  /**
   * Asserts that the report has at least one (effective, not suppressed) finding of
   * {@code ruleId}; narrow it down with {@link FindingAssert#at(String)} and the other methods of
   * the result.
   *
   * @param ruleId e.g. {@code GR-NUM-002}, or a reader rule such as {@code GR-TXT-081}
   * @return assertions on the findings of that rule
   * @throws AssertionError when the report has none; the message lists the findings
   */
  public FindingAssert hasFinding(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    List<Finding> found = report().findings(ruleId);
    if (found.isEmpty()) {
      throw fail("Expected a " + ruleId + " finding for " + description + " under profile "
          + report().profileId() + ", but there is none");
    }
    return new FindingAssert(this, ruleId, found);
  }

  /**
   * Asserts that the report has no (effective) finding of {@code ruleId}.
   *
   * @param ruleId e.g. {@code GR-REQ-002}
   * @return this
   * @throws AssertionError when it has one; the message says where and lists the findings
   */
  public ReplyAssert hasNoFinding(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    List<Finding> found = report().findings(ruleId);
    if (!found.isEmpty()) {
      throw fail("Expected no " + ruleId + " finding for " + description + " under profile "
          + report().profileId() + ", but there " + (found.size() == 1 ? "is 1" : "are "
          + found.size()) + " (at " + FindingAssert.locations(found) + ")");
    }
    return this;
  }

  /**
   * Asserts that the report has no (effective) finding at all, not even INFO.
   *
   * @return this
   * @throws AssertionError when it has one; the message lists the findings
   */
  public ReplyAssert hasNoFindings() {
    if (!report().findings().isEmpty()) {
      throw fail("Expected no findings for " + description + " under profile "
          + report().profileId() + ", but there are " + report().findings().size());
    }
    return this;
  }

  /**
   * The report the assertions look at (checked now if not yet).
   *
   * @return the conformance report under the current profile and clock
   */
  public ConformanceReport report() {
    if (report == null) {
      report = ReplyChecker.builder().profile(profile).clock(clock).build().check(input);
    }
    return report;
  }

  /** Locale of failure messages. */
  Locale locale() {
    return locale;
  }

  /** The description of the subject in messages, e.g. {@code reply 平政字〔2024〕12号}. */
  String description() {
    return description;
  }

  /** An {@link AssertionError} with {@code headline} and the findings table. */
  AssertionError fail(String headline) {
    String table = report != null || input != null ? FindingTable.of(report(), locale) : "";
    return new AssertionError(headline + "\nFindings:\n" + table);
  }
}
