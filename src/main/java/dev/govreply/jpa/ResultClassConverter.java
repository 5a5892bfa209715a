package dev.govreply.jpa;

import dev.govreply.model.ResultClass;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link ResultClass} as its canonical form, {@code A2}. It reads what {@link
 * ResultClass#parse(CharSequence)} reads, so a column another system filled with {@code 乙类} loads
 * as {@code B}; any other column value is a {@link StoredValueException}. Thread-safe.
 */
@Converter(autoApply = true)
public final class ResultClassConverter extends CanonicalStringConverter<ResultClass>
    implements AttributeConverter<ResultClass, String> {
  /** Creates the converter (JPA providers instantiate it). */
  public ResultClassConverter() {
    super(ResultClass.class, ResultClass::toString, ResultClass::parse);
  }
}
