package dev.govreply.conformance;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A class-level constraint for your own beans that hold a {@link dev.govreply.model.Reply}: every
 * {@code Reply}-typed property (a field, a record component or a public no-argument accessor,
 * also {@code Optional<Reply>} and collections of replies) must pass a conformance check against
 * the named built-in profile. The violation's message lists the findings that caused it, and its
 * path is the property that holds the reply.
 *
 * <pre>{@code
 * @ConformsTo("gbt9704")
 * record Submission(String ledgerId, Reply reply) {}
 *
 * ReplyValidator.shared().check(new Submission("L-17", reply));
 * // [Violation[path=reply, message=does not conform to gbt9704 1.0: REJECT; GR-REQ-008 ERROR date: …]]
 * }</pre>
 *
 * <p>By default a REJECT verdict is a violation; with {@code allowWarnings = false}, an
 * ACCEPT_WITH_WARNINGS verdict is one too. A null reply is valid (use {@code @NotNull} for that).
 */
@Documented
@Constraint(validatedBy = ConformsToValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConformsTo {
  /**
   * The built-in profile the replies are checked against.
   *
   * @return {@code gbt9704} or {@code lenient}
   */
  String value();

  /**
   * Whether a reply with warnings but no errors (ACCEPT_WITH_WARNINGS) is valid.
   *
   * @return true (the default) to fail on REJECT only, false to fail on warnings too
   */
  boolean allowWarnings() default true;

  /**
   * The message template, in {@code ValidationMessages} (English and Chinese);
   * {@code {findings}} is replaced by the findings that caused the violation.
   *
   * @return the template, by default the library's message key
   */
  String message() default "{dev.govreply.conformance.ConformsTo.message}";

  /**
   * The Bean Validation groups this constraint belongs to.
   *
   * @return the groups; none (the default group) unless set
   */
  Class<?>[] groups() default {};

  /**
   * Bean Validation payload, for clients of the validation result.
   *
   * @return the payload types; none unless set
   */
  Class<? extends Payload>[] payload() default {};
}
