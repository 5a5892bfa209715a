package dev.govreply.jpa;

import dev.govreply.model.AddresseeRole;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an {@link AddresseeRole} by its code, {@code DEPUTY} or {@code MEMBER}. It reads exactly
 * a code; any other column value is a {@link StoredValueException}. Thread-safe.
 */
@Converter(autoApply = true)
public final class AddresseeRoleConverter extends CanonicalStringConverter<AddresseeRole>
    implements AttributeConverter<AddresseeRole, String> {
  /** Creates the converter (JPA providers instantiate it). */
  public AddresseeRoleConverter() {
    super(AddresseeRole.class, AddresseeRole::name, code(AddresseeRole.class));
  }
}
