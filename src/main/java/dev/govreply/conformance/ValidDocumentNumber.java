package dev.govreply.conformance;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.govreply.findings.Messages;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string (any {@link CharSequence}) must be a document number (发文字号), as
 * {@link dev.govreply.model.DocumentNumber#parse(CharSequence)} reads it, e.g. {@code 平政字〔2024〕12号} or {@code 平政字[2024]05号}. Put it on your own DTO fields
 * that carry the value as text:
 *
 * <pre>{@code
 * record ReplyRow(@ValidDocumentNumber String number, @ValidDocumentNumber(canonical = true) String fixed) {}
 * }</pre>
 *
 * <p>{@code null} is valid (add {@code @NotNull} to require a value). With
 * {@link #canonical() canonical = true} the text must also be written exactly in canonical form,
 * {@code DocumentNumber.parse(text).toString()}: {@code 平政字〔2024〕12号} passes, {@code 平政字[2024]05号} fails.
 *
 * <p>Messages: {@code {dev.govreply.conformance.ValidDocumentNumber.message}} when the text does not parse,
 * {@code {dev.govreply.conformance.ValidDocumentNumber.canonical.message}} when it parses but is not canonical;
 * both in English and Chinese (zh_CN). A message of your own may use the parameters
 * {@code {canonicalForm}} (the canonical form, empty when the text does not parse) and
 * {@code {reason}} (why it does not parse, in English; empty otherwise), and replaces both default
 * messages.
 */
@Documented
@Constraint(validatedBy = DocumentNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidDocumentNumber.List.class)
public @interface ValidDocumentNumber {

  /** The default message key. */
  String DEFAULT_MESSAGE = "{dev.govreply.conformance.ValidDocumentNumber.message}";

  /** The message key used when the text parses but is not in canonical form. */
  String CANONICAL_MESSAGE = "{dev.govreply.conformance.ValidDocumentNumber.canonical.message}";

  /**
   * The message template.
   *
   * @return the template; by default {@value #DEFAULT_MESSAGE}
   */
  String message() default DEFAULT_MESSAGE;

  /**
   * The validation groups.
   *
   * @return the groups; none (the default group) by default
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload types; none by default
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * Whether the text must equal its canonical form.
   *
   * @return {@code true} to require the canonical form; {@code false} (the default) to accept every
   *     form the parser reads
   */
  boolean canonical() default false;

  /** Several {@link ValidDocumentNumber} constraints on one element, e.g. in different groups. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    ValidDocumentNumber[] value();
  }
}
