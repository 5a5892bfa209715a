package dev.govreply.jpa;

import dev.govreply.model.ContactRole;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link ContactRole} by its code, {@code RESPONSIBLE} or {@code HANDLER}. It reads
 * exactly a code; any other column value is a {@link StoredValueException}. Thread-safe.
 */
@Converter(autoApply = true)
public final class ContactRoleConverter extends CanonicalStringConverter<ContactRole>
    implements AttributeConverter<ContactRole, String> {
  /** Creates the converter (JPA providers instantiate it). */
  public ContactRoleConverter() {
    super(ContactRole.class, ContactRole::name, code(ContactRole.class));
  }
}
