package dev.govreply.conformance;

import dev.govreply.model.DocumentNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidDocumentNumber}: the text must parse with {@link DocumentNumber#parse(CharSequence)} and, when
 * the constraint asks for it, equal the canonical form. {@code null} is valid.
 *
 * <p>Instantiated by Bean Validation, one instance per constraint; thread-safe once initialized.
 */
public final class DocumentNumberValidator implements ConstraintValidator<ValidDocumentNumber, CharSequence> {

  private ParsedValueCheck check;

  /** Creates the validator; Bean Validation then calls {@link #initialize(ValidDocumentNumber)}. */
  public DocumentNumberValidator() {}

  /**
   * Reads the constraint's {@code canonical} and {@code message} attributes.
   *
   * @param constraint the constraint annotation
   */
  @Override
  public void initialize(ValidDocumentNumber constraint) {
    check = new ParsedValueCheck(DocumentNumber::parse, constraint.canonical(), constraint.message(),
        ValidDocumentNumber.DEFAULT_MESSAGE, ValidDocumentNumber.CANONICAL_MESSAGE);
  }

  /**
   * Checks one value.
   *
   * @param value the text, or null
   * @param context the validation context
   * @return true when {@code value} is null or valid
   */
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return check.isValid(value, context);
  }
}
