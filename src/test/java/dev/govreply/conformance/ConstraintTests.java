package dev.govreply.conformance;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Helpers for the constraint tests. */
final class ConstraintTests {
  private ConstraintTests() {}

  static List<Violation> check(Object bean) {
    return ReplyValidator.shared().check(bean);
  }

  static List<Violation> checkZh(Object bean) {
    return ReplyValidator.forLocale(Locale.SIMPLIFIED_CHINESE).check(bean);
  }

  static <T> Set<ConstraintViolation<T>> value(Class<T> type, String property, Object value) {
    return ReplyValidator.shared().validator().validateValue(type, property, value);
  }
}
