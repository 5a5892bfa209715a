package dev.govreply.conformance;

import static dev.govreply.conformance.Replies.founding;
import static dev.govreply.conformance.Replies.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.model.Reply;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.Test;

class FluentGetterPropertySelectionStrategyTest {

  private final FluentGetterPropertySelectionStrategy strategy =
      new FluentGetterPropertySelectionStrategy();

  private static ConstrainableExecutable method(String name, Class<?> result, Class<?>... params) {
    return new ConstrainableExecutable() {
      @Override
      public Class<?> getReturnType() {
        return result;
      }

      @Override
      public String getName() {
        return name;
      }

      @Override
      public Class<?>[] getParameterTypes() {
        return params;
      }
    };
  }

  /** A factory of the user's own: plain, or made to see fluent accessors the public way. */
  private static ValidatorFactory factory(boolean fluent) {
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    if (fluent) {
      return ReplyValidator.configureFluentAccessors(configuration).buildValidatorFactory();
    }
    return configuration.buildValidatorFactory();
  }

  @Test
  void fluentAccessorsAreGettersOfTheirOwnName() {
    assertThat(strategy.getProperty(method("issuer", Optional.class))).contains("issuer");
    assertThat(strategy.getProperty(method("ordinal", int.class))).contains("ordinal");
    assertThat(strategy.getProperty(method("collective", boolean.class))).contains("collective");
    assertThat(strategy.getProperty(method("getName", String.class))).contains("getName");
  }

  @Test
  void objectMethodsAreNotGetters() {
    for (String name : List.of("toString", "hashCode", "getClass", "clone", "notify",
        "notifyAll", "wait", "finalize")) {
      assertThat(strategy.getProperty(method(name, Object.class))).as(name).isEmpty();
    }
  }

  @Test
  void buildersAreNotGetters() {
    assertThat(strategy.getProperty(method("toBuilder", Reply.Builder.class))).isEmpty();
    assertThat(strategy.getProperty(method("builder", Reply.Builder.class))).isEmpty();
    assertThat(strategy.getProperty(method("toBuilder", Object.class))).isEmpty();
    assertThat(strategy.getProperty(method("copy", StringBuilder.class))).isEmpty();
  }

  @Test
  void methodsWithParametersOrWithoutResultAreNotGetters() {
    assertThat(strategy.getProperty(method("withIssuer", Reply.class, String.class))).isEmpty();
    assertThat(strategy.getProperty(method("run", void.class))).isEmpty();
    assertThat(strategy.getProperty(method("call", Void.class))).isEmpty();
  }

  @Test
  void theGetterOfAPropertyHasThePropertyName() {
    assertThat(strategy.getGetterMethodNameCandidates("issuer")).containsExactly("issuer");
  }

  /** The scratch-build bug: without the strategy, Hibernate Validator ignores the model's limits. */
  @Test
  void withoutTheStrategyAccessorConstraintsAreSilentlyIgnored() {
    Reply reply = founding().toBuilder().issuer(repeat('县', 101)).build();
    try (ValidatorFactory plain = factory(false); ValidatorFactory fluent = factory(true)) {
      assertThat(plain.getValidator().validate(reply)).isEmpty();
      assertThat(plain.getValidator().getConstraintsForClass(Reply.class).isBeanConstrained())
          .isFalse();

      Set<ConstraintViolation<Reply>> found = fluent.getValidator().validate(reply);
      assertThat(found).hasSize(1);
      assertThat(found.iterator().next().getPropertyPath()).hasToString("issuer");
    }
  }

  @Test
  void configuringKeepsTheConfigurationsOwnType() {
    HibernateValidatorConfiguration hibernate =
        Validation.byProvider(HibernateValidator.class).configure();
    assertThat(ReplyValidator.configureFluentAccessors(hibernate)).isSameAs(hibernate);
  }

  @Test
  void anotherProvidersConfigurationIsRefusedByName() {
    Configuration<?> other = (Configuration<?>) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {Configuration.class}, (proxy, m, args) -> {
          throw new UnsupportedOperationException(m.getName());
        });
    assertThatThrownBy(() -> ReplyValidator.configureFluentAccessors(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fluent accessors need a configuration of Hibernate Validator")
        .hasMessageContaining(other.getClass().getName());
  }

  @Test
  void cascadesThroughFluentAccessors() {
    Reply reply = founding().toBuilder()
        .body(Replies.body(Replies.measure(1, repeat('措', 501)))).build();
    try (ValidatorFactory plain = factory(false); ValidatorFactory fluent = factory(true)) {
      assertThat(plain.getValidator().validate(reply)).isEmpty();
      assertThat(fluent.getValidator().validate(reply)).extracting(v -> Violation.path(v.getPropertyPath()))
          .containsExactly("body.measures[0].heading");
    }
  }

  @Test
  void staticMethodsAndParameterisedMethodsAreIgnored() {
    Validator validator = ReplyValidator.shared().validator();
    assertThat(validator.validate(new WithStaticAndSetter())).isEmpty();
    assertThat(validator.getConstraintsForClass(WithStaticAndSetter.class).getConstrainedProperties())
        .isEmpty();
  }

  @Test
  void userClassesWithFluentAccessorsAreValidated() {
    assertThat(ReplyValidator.shared().check(new FluentDto(null, "toolong")))
        .extracting(Violation::path, Violation::constraint)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("code", "Size"),
            org.assertj.core.groups.Tuple.tuple("name", "NotNull"));
  }

  /** Constraints on a record component reach the field and the accessor: reported once each. */
  @Test
  void recordComponentsAreReportedOncePerConstraint() {
    assertThat(ReplyValidator.shared().check(new RecordDto(null)))
        .extracting(Violation::path).containsExactly("name");
  }

  record RecordDto(@NotNull String name) {}

  static final class FluentDto {
    private final String name;
    private final String code;

    FluentDto(String name, String code) {
      this.name = name;
      this.code = code;
    }

    @NotNull
    public String name() {
      return name;
    }

    @Size(max = 4)
    public String code() {
      return code;
    }
  }

  @SuppressWarnings("unused")
  static final class WithStaticAndSetter {
    @NotNull
    public static String constant() {
      return null;
    }

    public void name(@NotNull String name) {}
  }
}
