package dev.govreply.jpa;

import dev.govreply.model.Session;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Session} as its text, {@code 平顶山市第十届人民代表大会第二次会议}. It reads what {@link
 * Session#parse(CharSequence)} reads; any other column value is a {@link StoredValueException}.
 * Thread-safe.
 */
@Converter(autoApply = true)
public final class SessionConverter extends CanonicalStringConverter<Session>
    implements AttributeConverter<Session, String> {
  /** Creates the converter (JPA providers instantiate it). */
  public SessionConverter() {
    super(Session.class, Session::text, Session::parse);
  }
}
