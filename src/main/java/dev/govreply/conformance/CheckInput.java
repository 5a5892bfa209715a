package dev.govreply.conformance;

import dev.govreply.findings.Finding;
import dev.govreply.findings.SourceLocator;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.Reply;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ReplyChecker#check(CheckInput)} checks: the reply and, when it was read from text,
 * where its parts came from ({@link SourceLocator}) and the reader's findings (which the checker
 * grades under the profile: GR-TXT-001 becomes GR-NUM-001), and the date the motion was assigned
 * to the body, when known, for the deadline rules.
 *
 * <pre>{@code
 * ReadResult read = ReplyTextReader.standard().read(text);
 * CheckInput in = CheckInput.of(read.reply())
 *     .withSource(read.report().locator(), read.report().findings())
 *     .withAssignedOn(LocalDate.of(2024, 3, 1));
 * }</pre>
 *
 * <p>When no assignment date is given, the checker reads one from the reply's extension
 * {@code assignedOn} (an ISO date string such as {@code "2024-03-01"}); anything else there is
 * ignored. Immutable and thread-safe when the locator is.
 *
 * @param reply the reply
 * @param locator where the reply's parts came from; {@link SourceLocator#NONE} when unknown
 * @param sourceFindings the reader's findings, possibly empty
 * @param assignedOn when the motion was assigned (交办) to the body, if known
 */
public record CheckInput(Reply reply, SourceLocator locator, List<Finding> sourceFindings,
    Optional<LocalDate> assignedOn) {

  /**
   * Checks for nulls and copies the findings.
   *
   * @param reply the reply
   * @param locator where the reply's parts came from; {@link SourceLocator#NONE} when unknown
   * @param sourceFindings the reader's findings, possibly empty; copied
   * @param assignedOn when the motion was assigned (交办) to the body, if known
   * @throws NullPointerException when an argument or a finding is null
   */
  public CheckInput {
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(locator, "locator");
    Objects.requireNonNull(assignedOn, "assignedOn");
    sourceFindings = List.copyOf(sourceFindings);
  }

  /**
   * A reply without source or assignment date, as built in code or read from JSON.
   *
   * @param reply the reply
   * @return the input; findings carry model paths but no source spans
   */
  public static CheckInput of(Reply reply) {
    return new CheckInput(reply, SourceLocator.NONE, List.of(), Optional.empty());
  }

  /**
   * This input with a source: where the reader found each part, and what it reported.
   *
   * @param newLocator the reader's locator ({@code read.report().locator()}), so that findings
   *     get source spans such as {@code 5:1–5:14}
   * @param readerFindings the reader's findings ({@code GR-TXT-*}), graded under the profile
   * @return a new input with the same reply and assignment date
   */
  public CheckInput withSource(SourceLocator newLocator, List<Finding> readerFindings) {
    return new CheckInput(reply, newLocator, readerFindings, assignedOn);
  }

  /**
   * This input with the date the motion was assigned (交办) to the body, for the deadline rules:
   * a reply is due within 3 months of it.
   *
   * @param date the assignment date, e.g. {@code LocalDate.of(2024, 3, 1)}
   * @return a new input with the same reply and source
   */
  public CheckInput withAssignedOn(LocalDate date) {
    return new CheckInput(reply, locator, sourceFindings, Optional.of(date));
  }

  /**
   * The assignment date the checker uses.
   *
   * @return the date given to {@link #withAssignedOn}, else the reply's extension
   *     {@code assignedOn} when it is an ISO date string ({@code "2024-03-01"}); empty otherwise
   */
  public Optional<LocalDate> effectiveAssignedOn() {
    if (assignedOn.isPresent()) {
      return assignedOn;
    }
    if (reply.extensions().get("assignedOn") instanceof ExtensionValue.JsonString s) {
      try {
        return Optional.of(LocalDate.parse(s.value()));
      } catch (java.time.format.DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
