package dev.govreply.text;

import dev.govreply.model.BlockKind;
import dev.govreply.model.Reply;
import dev.govreply.model.UnrecognizedBlock;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Recognises the layout of a decoded text: page metadata, header (issuer, number, class,
 * disclosure, signer), title, addressee, the body (handed to {@link BodyReader}), signature, date,
 * contacts, copy-to and notes. Stateless and thread-safe.
 */
final class LayoutReader {
  private LayoutReader() {}

  /** Reads {@code text} (already decoded). Never throws for any text. */
  static ReadResult read(String text, Charset charset) {
    List<String> lines = TextLines.split(text);
    ReadContext ctx = new ReadContext(lines);
    // placeholder until the layout recogniser lands: everything is unknown text
    Reply.Builder reply = Reply.builder();
    if (!lines.isEmpty()) {
      reply.addUnrecognized(UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 1,
          lines.stream().map(TextLines::singleLine).toList()));
      for (int i = 1; i <= lines.size(); i++) {
        if (!lines.get(i - 1).isBlank()) {
          ctx.target(i, "unrecognized[0]");
        }
      }
    }
    return new ReadResult(reply.build(), ctx.report(charset));
  }
}
