package dev.govreply.conformance;

import dev.govreply.model.PhoneNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidPhoneNumber}: the text must parse with {@link PhoneNumber#parse(CharSequence)} and, when
 * the constraint asks for it, equal the canonical form. {@code null} is valid.
 *
 * <p>Instantiated by Bean Validation, one instance per constraint; thread-safe once initialized.
 */
public final class PhoneNumberValidator implements ConstraintValidator<ValidPhoneNumber, CharSequence> {

  private ParsedValueCheck check;

  /** Creates the validator; Bean Validation then calls {@link #initialize(ValidPhoneNumber)}. */
  public PhoneNumberValidator() {}

  /**
   * Reads the constraint's {@code canonical} and {@code message} attributes.
   *
   * @param constraint the constraint annotation
   */
  @Override
  public void initialize(ValidPhoneNumber constraint) {
    check = new ParsedValueCheck(text -> PhoneNumber.parse(text).canonical(), constraint.canonical(), constraint.message(),
        ValidPhoneNumber.DEFAULT_MESSAGE, ValidPhoneNumber.CANONICAL_MESSAGE);
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
