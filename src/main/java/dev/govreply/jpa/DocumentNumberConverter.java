package dev.govreply.jpa;

import dev.govreply.model.DocumentNumber;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link DocumentNumber} as its canonical form, {@code 平政字〔2024〕12号}. It reads what
 * {@link DocumentNumber#parse(CharSequence)} reads; any other column value is a {@link
 * StoredValueException}. Thread-safe.
 */
@Converter(autoApply = true)
public final class DocumentNumberConverter extends CanonicalStringConverter<DocumentNumber>
    implements AttributeConverter<DocumentNumber, String> {
  /** Creates the converter (JPA providers instantiate it). */
  public DocumentNumberConverter() {
    super(DocumentNumber.class, DocumentNumber::toString, DocumentNumber::parse);
  }
}
