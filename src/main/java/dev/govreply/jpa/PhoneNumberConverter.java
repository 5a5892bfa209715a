package dev.govreply.jpa;

import dev.govreply.model.PhoneNumber;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link PhoneNumber} as printed ({@link PhoneNumber#toString()}: {@code 0730-6222076},
 * {@code 087164871015}, {@code 1*******466}), so that the value read back is equal to the one
 * stored. It reads what {@link PhoneNumber#parse(CharSequence)} reads; any other column value is a
 * {@link StoredValueException}. Thread-safe.
 */
@Converter(autoApply = true)
public final class PhoneNumberConverter extends CanonicalStringConverter<PhoneNumber>
    implements AttributeConverter<PhoneNumber, String> {
  /** Creates the converter (JPA providers instantiate it). */
  public PhoneNumberConverter() {
    super(PhoneNumber.class, PhoneNumber::toString, PhoneNumber::parse);
  }
}
