package dev.govreply.jpa;

import dev.govreply.model.MotionKind;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link MotionKind} by its code, {@code SUGGESTION}, {@code PROPOSAL} or {@code MOTION}.
 * It reads exactly a code; any other column value is a {@link StoredValueException}. Thread-safe.
 */
@Converter(autoApply = true)
public final class MotionKindConverter extends CanonicalStringConverter<MotionKind>
    implements AttributeConverter<MotionKind, String> {
  /** Creates the converter (JPA providers instantiate it). */
  public MotionKindConverter() {
    super(MotionKind.class, MotionKind::name, code(MotionKind.class));
  }
}
