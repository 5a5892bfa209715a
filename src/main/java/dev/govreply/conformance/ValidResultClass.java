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
 * The annotated string (any {@link CharSequence}) must be a result class (办理结果类别), as
 * {@link dev.govreply.model.ResultClass#parse(CharSequence)} reads it, e.g. {@code A}, {@code B} or {@code A2}. Put it on your own DTO fields
 * that carry the value as text:
 *
 * <pre>{@code
 * record LedgerRow(@ValidResultClass(canonical = true) String resultClass) {}
 * }</pre>
 *
 * <p>{@code null} is valid (add {@code @NotNull} to require a value). With
 * {@link #canonical() canonical = true} the text must also be written exactly in canonical form,
 * {@code ResultClass.parse(text).toString()}.
 *
 * <p>Messages: {@code {dev.govreply.conformance.ValidResultClass.message}} when the text does not parse,
 * {@code {dev.govreply.conformance.ValidResultClass.canonical.message}} when it parses but is not canonical;
 * both in English and Chinese (zh_CN). A message of your own may use the parameters
 * {@code {canonicalForm}} (the canonical form, empty when the text does not parse) and
 * {@code {reason}} (why it does not parse, in English; empty otherwise), and replaces both default
 * messages.
 */
@Documented
@Constraint(validatedBy = ResultClassValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidResultClass.List.class)
public @interface ValidResultClass {

  /** The default message key. */
  String DEFAULT_MESSAGE = "{dev.govreply.conformance.ValidResultClass.message}";

  /** The message key used when the text parses but is not in canonical form. */
  String CANONICAL_MESSAGE = "{dev.govreply.conformance.ValidResultClass.canonical.message}";

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

  /** Several {@link ValidResultClass} constraints on one element, e.g. in different groups. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    ValidResultClass[] value();
  }
}
