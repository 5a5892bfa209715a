package dev.govreply.conformance;

import dev.govreply.model.MalformedValueException;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.function.Function;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The check shared by the constraint validators of {@link ValidDocumentNumber},
 * {@link ValidPhoneNumber} and {@link ValidResultClass}: parse with the model's parser, then
 * optionally compare with the canonical {@code toString()}.
 */
final class ParsedValueCheck {

  /** Message parameter: the canonical form of the value (empty when it does not parse). */
  static final String CANONICAL_FORM = "canonicalForm";
  /** Message parameter: why the value does not parse, in English (empty when it parses). */
  static final String REASON = "reason";

  private final Function<CharSequence, ?> parser;
  private final boolean canonical;
  /** The template for a non-canonical value, or null to use the constraint's own message. */
  private final String canonicalTemplate;

  /**
   * @param parser the model parser, throwing {@link MalformedValueException}
   * @param canonical whether the text must equal the canonical form
   * @param message the constraint's {@code message()}
   * @param defaultMessage the constraint's default message
   * @param canonicalTemplate the default message for a parseable but non-canonical value
   */
  ParsedValueCheck(Function<CharSequence, ?> parser, boolean canonical, String message,
      String defaultMessage, String canonicalTemplate) {
    this.parser = parser;
    this.canonical = canonical;
    // a user's own message applies to both failures
    this.canonicalTemplate = message.equals(defaultMessage) ? canonicalTemplate : null;
  }

  boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String canonicalForm;
    try {
      canonicalForm = parser.apply(value).toString();
    } catch (MalformedValueException e) {
      parameters(context, "", e.reason());
      return false;
    }
    if (!canonical || canonicalForm.contentEquals(value)) {
      return true;
    }
    parameters(context, canonicalForm, "");
    if (canonicalTemplate != null) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(canonicalTemplate).addConstraintViolation();
    }
    return false;
  }

  private static void parameters(ConstraintValidatorContext context, String canonicalForm,
      String reason) {
    HibernateConstraintValidatorContext hv;
    try {
      hv = context.unwrap(HibernateConstraintValidatorContext.class);
    } catch (ValidationException notHibernate) {
      return;
    }
    // message parameters are inserted literally: braces or ${...} in user input are not evaluated
    hv.addMessageParameter(CANONICAL_FORM, canonicalForm).addMessageParameter(REASON, reason);
  }
}
