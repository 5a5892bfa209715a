package dev.govreply.text;

import dev.govreply.model.Body;
import java.util.List;

/**
 * Recognises the body (正文) from its lines: opening, context, measures with points, commitments,
 * closing. Records every placement in the context under paths {@code body.…}.
 */
final class BodyReader {
  private BodyReader() {}

  /**
   * Reads the body.
   *
   * @param lines the body's lines in order (whole lines or parts of lines), blank lines included
   * @param ctx where placements and findings are recorded
   * @return the body, empty when there is no text
   */
  static Body read(List<Line> lines, ReadContext ctx) {
    // placeholder until the body recogniser lands: everything is context, one paragraph a line
    Body.Builder b = Body.builder();
    int i = 0;
    for (Line l : lines) {
      if (!l.blank()) {
        b.addContext(l.text().strip());
        ctx.target(l.number(), "body.context[" + i++ + "]");
      }
    }
    return b.build();
  }
}
