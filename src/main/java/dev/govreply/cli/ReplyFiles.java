package dev.govreply.cli;

import dev.govreply.json.ReplyJson;
import dev.govreply.model.Reply;
import dev.govreply.text.LineRecord;
import dev.govreply.text.ReadReport;
import dev.govreply.text.ReadResult;
import dev.govreply.text.ReplyTextReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the FILEs of {@code read}, {@code json} and {@code check} as replies: JSON or text by the
 * rule of {@link InputFile}, within one size limit ({@code --max-size}), which is also the limit
 * the library readers are built with. The readers are built when first needed, so that a command
 * that reads only text never starts the JSON reader, and the other way round.
 *
 * <p>Not thread-safe: one per command run.
 */
final class ReplyFiles {

  /**
   * A reply and, when it was read from text, the text reader's report.
   *
   * @param reply the reply
   * @param textReport the reader's report of the text; empty for a JSON reply
   */
  record Read(Reply reply, Optional<ReadReport> textReport) {}

  private final MaxSize limit;
  private final Charset charset;
  private ReplyTextReader textReader;
  private ReplyJson json;
  private ReplyJson jsonWriter;

  /**
   * Files read within {@code limit}.
   *
   * @param limit the size limit
   * @param charset the charset of text files; null to detect it (JSON is always UTF-8)
   */
  ReplyFiles(MaxSize limit, Charset charset) {
    this.limit = limit;
    this.charset = charset;
  }

  /**
   * Reads {@code file} as JSON or text (see {@link InputFile}).
   *
   * @param file the file
   * @return the reply, with the read report for a text
   * @throws IOException when the file cannot be read, or is refused ({@link InputFile.Refused})
   * @throws dev.govreply.text.TextReadException when the text cannot be decoded
   * @throws dev.govreply.json.ReplyJsonException when the JSON is not a reply
   */
  Read read(Path file) throws IOException {
    InputFile input = InputFile.read(file, limit);
    if (input.isJson()) {
      return new Read(json().read(input.bytes()), Optional.empty());
    }
    ReadResult result = textReader().read(input.bytes());
    if (result.report().lines().stream().allMatch(LineRecord::blank)) {
      throw InputFile.emptyText();
    }
    return new Read(result.reply(), Optional.of(result.report()));
  }

  /**
   * Reads {@code file} as a JSON reply, whatever its name.
   *
   * @param file the file
   * @return the reply
   * @throws IOException when the file cannot be read, or is refused ({@link InputFile.Refused})
   * @throws dev.govreply.json.ReplyJsonException when the JSON is not a reply
   */
  Reply readJson(Path file) throws IOException {
    return json().read(InputFile.read(file, limit).bytes());
  }

  /** The JSON reader, with the size limit. */
  private ReplyJson json() {
    if (json == null) {
      json = ReplyJson.builder().maxDocumentBytes((int) limit.bytes).build();
    }
    return json;
  }

  /**
   * The JSON writer of what was read. Its limit is the larger of {@code --max-size} and the
   * library's default ({@link ReplyJson#DEFAULT_MAX_DOCUMENT_BYTES}), not {@code --max-size}
   * alone: the JSON of a text is larger than the text, and a lowered {@code --max-size} limits
   * what is read, not what is written. What is written is read back by a reader with the same
   * {@code --max-size}, or the default when that is larger.
   */
  ReplyJson jsonWriter() {
    if (jsonWriter == null) {
      long bytes = Math.max(limit.bytes, ReplyJson.DEFAULT_MAX_DOCUMENT_BYTES);
      jsonWriter = bytes == limit.bytes ? json() : ReplyJson.builder()
          .maxDocumentBytes((int) bytes).build();
    }
    return jsonWriter;
  }

  private ReplyTextReader textReader() {
    if (textReader == null) {
      textReader = ReplyTextReader.builder().charset(charset).maxBytes(limit.bytes)
          .maxChars(limit.bytes).build();
    }
    return textReader;
  }
}
