package dev.govreply.jpa;

import dev.govreply.json.ReplyJson;
import dev.govreply.model.Reply;
import jakarta.persistence.Converter;

/**
 * Stores a whole {@link Reply} as its canonical {@code govreply/1} JSON ({@link
 * ReplyJson#writeString(Reply)}), for a JSON, CLOB or long text column ({@code @Lob}, or a
 * {@code @Column} long enough: a reply is at most {@link ReplyJson#maxDocumentBytes()} bytes of
 * JSON).
 *
 * <p>Each row keeps its format version ({@code "format":"govreply/1"}, written first), so a later
 * govreply knows which version an old row holds and reads it as that version, and a govreply that
 * meets a version newer than it knows names that version instead of misreading the row. A column whose JSON is malformed, or not a
 * valid reply, is a {@link StoredValueException} carrying the JSON Pointer, line and column of the
 * problem. Equal replies are stored as equal strings, so a provider's dirty checking sees no
 * change where there is none. Thread-safe.
 */
@Converter(autoApply = true)
public final class ReplyJsonConverter extends CanonicalStringConverter<Reply> {
  private static final ReplyJson JSON = ReplyJson.standard();

  /** Creates the converter (JPA providers instantiate it). */
  public ReplyJsonConverter() {
    super(Reply.class, JSON::writeString, JSON::read);
  }
}
