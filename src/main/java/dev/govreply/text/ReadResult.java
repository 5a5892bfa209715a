package dev.govreply.text;

import dev.govreply.model.Reply;
import java.util.Objects;

/**
 * What {@link ReplyTextReader} made of a text: the reply and the report of where each part came
 * from and what deviates from the canonical layout.
 *
 * @param reply the reply read
 * @param report line accounting, provenance and findings
 */
public record ReadResult(Reply reply, ReadReport report) {
  /**
   * Checks for nulls.
   *
   * @param reply the reply read
   * @param report line accounting, provenance and findings
   */
  public ReadResult {
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(report, "report");
  }
}
