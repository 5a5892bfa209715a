package dev.govreply.jpa;

import dev.govreply.model.Disclosure;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Disclosure} by its code, {@code PUBLIC}, {@code ON_REQUEST} or {@code
 * NOT_PUBLIC}. It reads exactly a code; any other column value is a {@link StoredValueException}.
 * Thread-safe.
 */
@Converter(autoApply = true)
public final class DisclosureConverter extends CanonicalStringConverter<Disclosure>
    implements AttributeConverter<Disclosure, String> {
  /** Creates the converter (JPA providers instantiate it). */
  public DisclosureConverter() {
    super(Disclosure.class, Disclosure::name, code(Disclosure.class));
  }
}
