package dev.govreply.jpa;

import dev.govreply.json.ReplyJson;
import dev.govreply.model.Reply;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a whole {@link Reply} as its canonical {@code govreply/1} JSON ({@link
 * ReplyJson#writeString(Reply)}), for a JSON or long text column: {@code @Column(length =
 * Limits.MAX_DOCUMENT_BYTES)}, the most JSON a reply has, gives {@code character varying} on
 * PostgreSQL and a CLOB on H2. Avoid {@code @Lob} on PostgreSQL, where Hibernate makes it an
 * {@code oid} large object.
 *
 * <p>Each row keeps its format version ({@code "format":"govreply/1"}, written first), so a later
 * govreply knows which version an old row holds and reads it as that version, and a govreply that
 * meets a version newer than it knows names that version instead of misreading the row. A column whose JSON is malformed, or not a
 * valid reply, is a {@link StoredValueException} carrying the JSON Pointer, line and column of the
 * problem. Equal replies are stored as equal strings. Thread-safe.
 *
 * <p>A reply is immutable, but a JPA provider cannot know it: Hibernate copies a converted value
 * through the converter (JSON written and read back) for its dirty-checking snapshot on every
 * load and save unless told otherwise. With Hibernate, annotate the attribute with
 * {@code @org.hibernate.annotations.Mutability(org.hibernate.type.descriptor.java.Immutability.class)}
 * (not {@code @Immutable}, which would also leave a replaced reply unsaved).
 */
@Converter(autoApply = true)
public final class ReplyJsonConverter extends CanonicalStringConverter<Reply>
    implements AttributeConverter<Reply, String> {
  private static final ReplyJson JSON = ReplyJson.standard();

  /** Creates the converter (JPA providers instantiate it). */
  public ReplyJsonConverter() {
    super(Reply.class, JSON::writeString, JSON::read);
  }
}
