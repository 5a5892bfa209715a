package dev.govreply.conformance;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * A Hibernate Validator getter-selection strategy for fluent accessors such as
 * {@code Reply.issuer()} or {@code Motion.number()}: the property has the method's name.
 *
 * <p>Hibernate Validator's default strategy only recognises JavaBeans getters ({@code getIssuer()},
 * {@code isCollective()}), so constraints and {@code @Valid} on the model's accessors would be
 * silently ignored. This strategy treats every method without parameters and with a non-void result
 * as the getter of the property of the same name, except
 *
 * <ul>
 *   <li>the methods of {@link Object} ({@code toString}, {@code hashCode}, {@code getClass},
 *       {@code clone}, …),
 *   <li>builder methods: {@code builder}, {@code toBuilder}, and any method whose result type is
 *       named {@code Builder} or ends in {@code Builder}.
 * </ul>
 *
 * <p>Static and synthetic methods never reach a getter-selection strategy: Hibernate Validator
 * skips them before asking. The SPI does not expose a method's visibility, so a non-public method
 * without parameters also counts as a getter; that only matters when it carries constraints.
 * JavaBeans-style getters still work, under their method name: {@code getName()} becomes the
 * property {@code getName}.
 *
 * <p>{@link ReplyValidator} uses this strategy, and installs it in users' own configurations
 * ({@link ReplyValidator#configureFluentAccessors}). Package-private: its supertype is Hibernate
 * Validator's SPI, which is not part of this library's API.
 *
 * <p>Immutable and thread-safe.
 */
final class FluentGetterPropertySelectionStrategy
    implements GetterPropertySelectionStrategy {

  private static final Set<String> EXCLUDED_NAMES = Stream.concat(
          Arrays.stream(Object.class.getDeclaredMethods()).map(Method::getName),
          Stream.of("builder", "toBuilder"))
      .collect(Collectors.toUnmodifiableSet());

  /** Creates the strategy; instances are stateless and may be shared. */
  FluentGetterPropertySelectionStrategy() {}

  /**
   * The property a method is the getter of: its own name for a fluent accessor, empty for a method
   * that is not a getter (it has parameters, returns nothing, comes from {@link Object} or belongs to
   * a builder).
   *
   * @param executable the method Hibernate Validator asks about
   * @return the property name, or empty when the method is not a getter
   */
  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    Class<?> result = executable.getReturnType();
    String name = executable.getName();
    if (executable.getParameterTypes().length != 0
        || result == void.class
        || result == Void.class
        || EXCLUDED_NAMES.contains(name)
        || result.getSimpleName().endsWith("Builder")) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  /**
   * The names a getter of {@code propertyName} can have: only the property name itself.
   *
   * @param propertyName a property name, e.g. {@code issuer}
   * @return a one-element list with {@code propertyName}
   */
  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
