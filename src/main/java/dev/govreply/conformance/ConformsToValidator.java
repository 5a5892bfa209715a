package dev.govreply.conformance;

import dev.govreply.findings.Severity;
import dev.govreply.model.Reply;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link ConformsTo}: finds the bean's {@code Reply}-typed properties and checks each
 * with a shared {@link ReplyChecker} of the named profile.
 *
 * <p>Properties are found by reflection: fields declared in the class and its superclasses (made
 * accessible where the module system allows it), then public no-argument methods whose name is
 * not that of an already-found field. Types accepted: {@code Reply}, {@code Optional<Reply>} and
 * collections whose elements are replies (found at run time).
 */
public final class ConformsToValidator implements ConstraintValidator<ConformsTo, Object> {
  private static final Map<String, ReplyChecker> CHECKERS = new ConcurrentHashMap<>();

  private ReplyChecker checker;
  private boolean allowWarnings;

  @Override
  public void initialize(ConformsTo annotation) {
    Profile profile = Profiles.builtIn(annotation.value());
    checker = CHECKERS.computeIfAbsent(profile.id(), k -> ReplyChecker.of(profile));
    allowWarnings = annotation.allowWarnings();
  }

  @Override
  public boolean isValid(Object bean, ConstraintValidatorContext context) {
    if (bean == null) {
      return true;
    }
    boolean valid = true;
    for (Map.Entry<String, Object> e : replyProperties(bean).entrySet()) {
      List<Reply> replies = replies(e.getValue());
      for (int i = 0; i < replies.size(); i++) {
        ConformanceReport report = checker.check(replies.get(i));
        Verdict v = report.verdict();
        if (v == Verdict.REJECT || (v == Verdict.ACCEPT_WITH_WARNINGS && !allowWarnings)) {
          if (valid) {
            context.disableDefaultConstraintViolation();
          }
          valid = false;
          String findings = report.findings().stream()
              .filter(f -> f.severity() != Severity.INFO)
              .map(f -> f.ruleId() + " " + f.severity() + f.path().map(p -> " " + p).orElse("")
                  + ": " + f.message())
              .collect(Collectors.joining("; "));
          String list = report.profileId() + " "
              + report.profileVersion() + ": " + v + "; " + findings;
          if (context instanceof HibernateConstraintValidatorContext) {
            context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("findings", list);
          }
          var builder = context.buildConstraintViolationWithTemplate(
              context.getDefaultConstraintMessageTemplate());
          if (replies.size() > 1 || e.getValue() instanceof Collection) {
            builder.addPropertyNode(e.getKey()).addBeanNode().inIterable().atIndex(i)
                .addConstraintViolation();
          } else {
            builder.addPropertyNode(e.getKey()).addConstraintViolation();
          }
        }
      }
    }
    return valid;
  }

  /** The bean's reply-holding properties by name, in declaration order. */
  static Map<String, Object> replyProperties(Object bean) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Class<?>> chain = new ArrayList<>();
    for (Class<?> c = bean.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      chain.add(0, c);
    }
    for (Class<?> c : chain) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || !mayHoldReply(f.getType())) {
          continue;
        }
        if (f.trySetAccessible()) {
          try {
            Object value = f.get(bean);
            if (f.getType() == Reply.class || !replies(value).isEmpty()
                || f.getType() == Optional.class) {
              out.put(f.getName(), value);
            }
          } catch (IllegalAccessException e) {
            // not accessible: try the accessor below
          }
        }
      }
    }
    for (Method m : bean.getClass().getMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
          || m.getDeclaringClass() == Object.class || out.containsKey(propertyName(m))
          || !mayHoldReply(m.getReturnType())) {
        continue;
      }
      try {
        if (!m.trySetAccessible() && !Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
          continue;
        }
        Object value = m.invoke(bean);
        if (m.getReturnType() == Reply.class || !replies(value).isEmpty()) {
          out.put(propertyName(m), value);
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        // an accessor that cannot be called is not a property
      }
    }
    return out;
  }

  private static boolean mayHoldReply(Class<?> type) {
    return type == Reply.class || type == Optional.class || Collection.class.isAssignableFrom(type);
  }

  private static String propertyName(Method m) {
    String n = m.getName();
    if (n.startsWith("get") && n.length() > 3 && Character.isUpperCase(n.charAt(3))) {
      return Character.toLowerCase(n.charAt(3)) + n.substring(4);
    }
    return n;
  }

  private static List<Reply> replies(Object value) {
    List<Reply> out = new ArrayList<>();
    if (value instanceof Reply) {
      out.add((Reply) value);
    } else if (value instanceof Optional && ((Optional<?>) value).orElse(null) instanceof Reply) {
      out.add((Reply) ((Optional<?>) value).get());
    } else if (value instanceof Collection) {
      for (Object o : (Collection<?>) value) {
        if (o instanceof Reply) {
          out.add((Reply) o);
        }
      }
    }
    return out;
  }
}
