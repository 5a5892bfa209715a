package dev.govreply.testing;

import dev.govreply.conformance.CheckInput;
import dev.govreply.conformance.ConformanceReport;
import dev.govreply.model.Reply;
import dev.govreply.text.ReadResult;
import java.util.Objects;

/**
 * Entry points of the conformance assertions, for any test framework (JUnit 4 or 5, TestNG,
 * Spock, plain {@code main}): a failed assertion throws {@link AssertionError}, whose message
 * lists every finding of the report with its location as a table ({@link FindingTable}).
 *
 * <pre>{@code
 * import static dev.govreply.testing.ReplyAssertions.assertThat;
 *
 * assertThat(reply).conformsTo("gbt9704");
 * assertThat(reply).hasFinding("GR-NUM-003").at("documentNumber").withSeverity(Severity.ERROR);
 * assertThat(reply).usingProfile("lenient").hasNoFinding("GR-REQ-010")
 *     .hasVerdict(Verdict.ACCEPT_WITH_WARNINGS);
 *
 * ReadResult read = ReplyTextReader.standard().read(path);   // from text: spans in the messages
 * assertThat(read).hasFinding("GR-NUM-001").at("/documentNumber").onLine(3);
 * }</pre>
 *
 * <p>If a static import of {@code assertThat} clashes with AssertJ's or Hamcrest's, call
 * {@code ReplyAssertions.assertThat(reply)} or the alias {@link #assertReply(Reply)}.
 */
public final class ReplyAssertions {
  private ReplyAssertions() {}

  /**
   * Assertions on a reply built in code or read from JSON (no source text, so no spans). The
   * reply is checked under {@code gbt9704} with the system clock unless the assertion chooses
   * otherwise ({@link ReplyAssert#conformsTo(String)}, {@link ReplyAssert#usingProfile(String)},
   * {@link ReplyAssert#usingClock(java.time.Clock)}).
   *
   * @param reply the reply
   * @return the assertions
   */
  public static ReplyAssert assertThat(Reply reply) {
    Objects.requireNonNull(reply, "reply");
    return new ReplyAssert(CheckInput.of(reply), describe(reply, ""));
  }

  /**
   * Assertions on a reply read from text: the reader's locator gives each finding its source span
   * ({@code line:col–line:col}) and the reader's findings are graded under the profile, as in
   * {@code govreply check}.
   *
   * @param read what {@code ReplyTextReader} read
   * @return the assertions
   */
  public static ReplyAssert assertThat(ReadResult read) {
    Objects.requireNonNull(read, "read");
    return new ReplyAssert(CheckInput.of(read.reply())
        .withSource(read.report().locator(), read.report().findings()),
        describe(read.reply(), " (read from text)"));
  }

  /**
   * Assertions on a reply with all check inputs (source locator, reader findings, assignment
   * date).
   *
   * @param input the input to check
   * @return the assertions
   */
  public static ReplyAssert assertThat(CheckInput input) {
    Objects.requireNonNull(input, "input");
    return new ReplyAssert(input, describe(input.reply(), ""));
  }

  /**
   * Assertions on a report already made: {@link ReplyAssert#conformsTo(String)} then checks that
   * the report names that profile.
   *
   * @param report the report
   * @return the assertions
   */
  public static ReplyAssert assertThat(ConformanceReport report) {
    Objects.requireNonNull(report, "report");
    return new ReplyAssert(report);
  }

  /**
   * The same as {@link #assertThat(Reply)}, for a test class where {@code assertThat} is taken
   * (by AssertJ, say).
   *
   * @param reply the reply to check
   * @return the assertions
   */
  public static ReplyAssert assertReply(Reply reply) {
    return assertThat(reply);
  }

  /**
   * The same as {@link #assertThat(ReadResult)}, for a test class where {@code assertThat} is
   * taken.
   *
   * @param read a reply read from text, with its source locations and reader findings
   * @return the assertions
   */
  public static ReplyAssert assertReply(ReadResult read) {
    return assertThat(read);
  }

  private static String describe(Reply reply, String suffix) {
    String name = reply.documentNumber().map(Object::toString)
        .or(() -> reply.title()).map(s -> "reply " + s).orElse("reply");
    return name + suffix;
  }
}
