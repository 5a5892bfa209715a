package dev.govreply.conformance;

import dev.govreply.findings.Finding;
import dev.govreply.findings.SourceLocator;
import dev.govreply.model.Reply;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks replies against a {@link Profile} and the {@link RuleCatalogue}, and reports every
 * finding with its rule ID, severity, model path, JSON Pointer, source span (when the reply was
 * read from text) and suggested fix, and a {@link Verdict}.
 *
 * <pre>{@code
 * ReplyChecker checker = ReplyChecker.of(Profiles.builtIn("gbt9704"));  // build once, share
 * ConformanceReport report = checker.check(reply);
 * report.verdict();   // ACCEPT, ACCEPT_WITH_WARNINGS or REJECT
 *
 * ReadResult read = ReplyTextReader.standard().read(text);              // from text:
 * checker.check(read.reply(), read.report().locator(), read.report().findings());
 * }</pre>
 *
 * <p>What is checked: the rules of the catalogue on the model (required blocks as the profile
 * chooses, class scheme, addressee role, numbering, opening and closing, dates and deadline,
 * contacts, unrecognized text), the Bean Validation constraints of the model (each violation is a
 * {@code GR-VAL-001} finding with the constraint's name, path and message as arguments), and the
 * text reader's findings, graded under the profile (see {@link RuleCatalogue}). The printed form of
 * the document number and date is known only from the reader's findings: a reply built in code or
 * read from JSON is canonical by construction.
 *
 * <p>Immutable and thread-safe: build one per profile and share it. "Today", for the future-date
 * rule and the year range, comes from the {@link Clock} (the system clock unless one is given).
 */
public final class ReplyChecker {
  /** The earliest year accepted in a document number (GR-NUM-003). */
  public static final int EARLIEST_YEAR = 1949;

  private final Profile profile;
  private final Clock clock;
  private final RuleCatalogue catalogue;

  private ReplyChecker(Profile profile, Clock clock) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.catalogue = RuleCatalogue.standard();
  }

  /**
   * A checker for a profile, with the system clock.
   *
   * @param profile e.g. {@code Profiles.builtIn("gbt9704")} or one read with
   *     {@link Profile#fromJson(java.nio.file.Path)}
   * @return the checker
   */
  public static ReplyChecker of(Profile profile) {
    return new ReplyChecker(profile, Clock.systemDefaultZone());
  }

  /**
   * A builder, to choose the clock as well as the profile.
   *
   * @return a builder with profile {@code gbt9704} and the system clock
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The profile replies are checked against.
   *
   * @return the profile, {@code gbt9704} unless chosen
   */
  public Profile profile() {
    return profile;
  }

  /**
   * The clock that says what day it is, for the rules on future dates and deadlines.
   *
   * @return the clock, the system clock unless chosen
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The rule catalogue checked against.
   *
   * @return {@link RuleCatalogue#standard()}, {@code govreply-rules 1.0}
   */
  public RuleCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Checks a reply that has no source text: built in code or read from JSON. Findings carry model
   * paths but no source spans.
   *
   * @param reply the reply
   * @return the report, with the verdict under this checker's profile
   */
  public ConformanceReport check(Reply reply) {
    return check(CheckInput.of(reply));
  }

  /**
   * Checks a reply read from text.
   *
   * @param reply the reply the reader made
   * @param locator where the reader found each part, so that findings get source spans
   *     ({@code 5:1–5:14} for the founding example's document number)
   * @param readerFindings the reader's findings ({@code GR-TXT-*}), graded under the profile
   * @return the report, with the verdict under this checker's profile
   */
  public ConformanceReport check(Reply reply, SourceLocator locator,
      List<Finding> readerFindings) {
    return check(CheckInput.of(reply).withSource(locator, readerFindings));
  }

  /**
   * Checks a reply with all inputs: source, reader findings and assignment date.
   *
   * @param input what to check
   * @return the report, with the verdict under this checker's profile
   */
  public ConformanceReport check(CheckInput input) {
    Objects.requireNonNull(input, "input");
    List<Finding> raw = new CatalogueCheck(profile, catalogue, LocalDate.now(clock), input).all();
    List<Finding> effective = new ArrayList<>();
    List<Finding> suppressed = new ArrayList<>();
    int[] matched = new int[profile.overrides().size()];
    for (Finding f : raw) {
      int k = -1;
      for (int i = 0; i < profile.overrides().size(); i++) {
        if (profile.overrides().get(i).matches(f)) {
          k = i;
          break;
        }
      }
      if (k < 0) {
        effective.add(f);
        continue;
      }
      matched[k]++;
      RuleOverride o = profile.overrides().get(k);
      if (o.suppresses()) {
        suppressed.add(f);
      } else {
        effective.add(f.withSeverity(o.severity().get()));
      }
    }
    List<AppliedOverride> applied = new ArrayList<>();
    for (int i = 0; i < matched.length; i++) {
      applied.add(new AppliedOverride(profile.overrides().get(i), matched[i]));
    }
    return new ConformanceReport(profile.id(), profile.version(), catalogue.version(), effective,
        suppressed, applied);
  }

  /** Builds {@link ReplyChecker}s; not thread-safe. */
  public static final class Builder {
    private Profile profile = Profiles.GBT9704;
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /**
     * Sets the profile.
     *
     * @param p the profile; {@code gbt9704} unless set
     * @return this builder
     */
    public Builder profile(Profile p) {
      this.profile = Objects.requireNonNull(p, "profile");
      return this;
    }

    /**
     * Sets the clock that says what day it is; a fixed clock makes checks repeatable.
     *
     * @param c e.g. {@code Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC)};
     *     the system clock unless set
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * Builds the checker.
     *
     * @return a checker with the profile and clock set
     */
    public ReplyChecker build() {
      return new ReplyChecker(profile, clock);
    }
  }
}
