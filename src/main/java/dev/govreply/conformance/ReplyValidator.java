package dev.govreply.conformance;

import dev.govreply.findings.Messages;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * Bean Validation for replies and for users' own objects: the Bean Validation constraints on the
 * model's accessors ({@code @Size} sanity limits, {@code @Valid} cascading into the body, measures,
 * points, motion, addressee and contacts) and the library's custom constraints
 * ({@link ValidDocumentNumber}, {@link ValidPhoneNumber}, {@link ValidResultClass}).
 *
 * <p>This catches values that are representable but clearly wrong, such as an issuer of 300
 * characters (a reader glued the title onto it). Whether a reply conforms to the rules for replies
 * (a missing contact block, a number in [2017] brackets) is not decided here.
 *
 * <pre>{@code
 * List<Violation> problems = ReplyValidator.shared().check(reply);
 * // [Violation[path=body.measures[0].heading, message=size must be between 0 and 500, …]]
 * List<Violation> zh = ReplyValidator.forLocale(Locale.SIMPLIFIED_CHINESE).check(reply);
 * }</pre>
 *
 * <p>All instances share one Hibernate Validator {@link ValidatorFactory}, bootstrapped once, on
 * first use, so that it sees constraints on fluent accessors such as {@code issuer()} (by default
 * Bean Validation sees JavaBeans getters only, and silently ignores the model's constraints);
 * a factory of your own gets the same with
 * {@link #configureFluentAccessors(Configuration)}. Messages come from
 * {@code ValidationMessages.properties} (English) and {@code ValidationMessages_zh_CN.properties};
 * every {@code ValidationMessages} bundle on the class path is merged, so an application's own bundle
 * does not hide the library's. Each instance interpolates in one fixed locale, English unless
 * chosen otherwise; the library's messages never fall back to the JVM's default locale (a request
 * for German on a Chinese machine gives English, not Chinese, for the library's own keys).
 *
 * <p>Immutable and thread-safe: share instances freely.
 */
public final class ReplyValidator {

  private static final String BUNDLE = "ValidationMessages";

  /** Holder idiom: the factory is built by the first thread that needs it, exactly once. */
  private static final class Holder {
    static final ValidatorFactory FACTORY = bootstrap();
    static final ReplyValidator ENGLISH = new ReplyValidator(FACTORY, Locale.ENGLISH);
    static final ReplyValidator SIMPLIFIED_CHINESE =
        new ReplyValidator(FACTORY, Locale.SIMPLIFIED_CHINESE);
  }

  private final Locale locale;
  private final Validator validator;

  /** A validator on {@code factory} interpolating in {@code locale}; package-private for tests. */
  ReplyValidator(ValidatorFactory factory, Locale locale) {
    this.locale = locale;
    this.validator = factory.usingContext()
        .messageInterpolator(new FixedLocaleInterpolator(factory.getMessageInterpolator(), locale))
        .getValidator();
  }

  /**
   * The shared validator, with English messages.
   *
   * @return the shared English instance; the same instance on every call
   */
  public static ReplyValidator shared() {
    return Holder.ENGLISH;
  }

  /**
   * A validator whose messages are in {@code locale}; {@link Locale#SIMPLIFIED_CHINESE} gives
   * Chinese messages, {@link Locale#ENGLISH} (or a locale without translations) English ones.
   *
   * @param locale the locale of the messages
   * @return a validator on the shared factory; the same instance for {@link Locale#ENGLISH} and
   *     {@link Locale#SIMPLIFIED_CHINESE}
   * @throws NullPointerException when {@code locale} is null
   */
  public static ReplyValidator forLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (locale.equals(Locale.ENGLISH)) {
      return Holder.ENGLISH;
    }
    if (locale.equals(Locale.SIMPLIFIED_CHINESE)) {
      return Holder.SIMPLIFIED_CHINESE;
    }
    return new ReplyValidator(Holder.FACTORY, locale);
  }

  /**
   * Makes a Bean Validation configuration of your own see constraints on fluent accessors such as
   * {@code Reply.issuer()} or {@code Motion.number()}, as the shared factory does: every method
   * without parameters and with a result counts as the getter of the property of its name, except
   * the methods of {@link Object} and builder methods ({@code builder()}, {@code toBuilder()},
   * results named {@code …Builder}). JavaBeans getters still work, under their method name
   * ({@code getName()} is the property {@code getName}). Without this, Bean Validation silently
   * ignores the model's {@code @Size} limits and {@code @Valid} cascades.
   *
   * <pre>{@code
   * ValidatorFactory factory = ReplyValidator
   *     .configureFluentAccessors(Validation.byDefaultProvider().configure())
   *     .messageInterpolator(myInterpolator)
   *     .buildValidatorFactory();
   * }</pre>
   *
   * @param <C> the configuration's type
   * @param configuration a configuration of Hibernate Validator, the provider the library
   *     depends on (the default provider unless you installed another)
   * @return {@code configuration}, to go on configuring it
   * @throws IllegalArgumentException when {@code configuration} belongs to another Bean
   *     Validation provider, which has no notion of fluent accessors
   * @throws NullPointerException when {@code configuration} is null
   */
  public static <C extends Configuration<?>> C configureFluentAccessors(C configuration) {
    Objects.requireNonNull(configuration, "configuration");
    if (!(configuration instanceof HibernateValidatorConfiguration hibernate)) {
      throw new IllegalArgumentException("fluent accessors need a configuration of Hibernate"
          + " Validator (Validation.byDefaultProvider().configure()), not "
          + configuration.getClass().getName());
    }
    hibernate.getterPropertySelectionStrategy(new FluentGetterPropertySelectionStrategy());
    return configuration;
  }

  /**
   * The locale of this validator's messages.
   *
   * @return the locale, {@link Locale#ENGLISH} for {@link #shared()}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The underlying Bean Validation validator, for your own objects and for the full
   * {@link Validator} API (groups, {@code validateProperty}, method validation). It uses the fluent
   * getter strategy and this instance's locale. Do not close its factory.
   *
   * @return the validator; thread-safe
   */
  public Validator validator() {
    return validator;
  }

  /**
   * Validates {@code bean} (a {@link dev.govreply.model.Reply}, a part of one, or any object with
   * Bean Validation constraints) against the default group and the given groups.
   *
   * @param <T> the bean's type
   * @param bean the object to validate
   * @param groups the groups to validate; the default group when none is given
   * @return the violations, empty when there are none
   * @throws NullPointerException when {@code bean} is null
   */
  public <T> Set<ConstraintViolation<T>> validate(T bean, Class<?>... groups) {
    Objects.requireNonNull(bean, "bean");
    return validator.validate(bean, groups);
  }

  /**
   * Validates {@code bean} and returns the violations in simple form, sorted by
   * {@link Violation#ORDER}, so the same object always gives the same list.
   *
   * @param bean the object to validate, typically a {@link dev.govreply.model.Reply}
   * @return the sorted violations, an empty list when there are none; unmodifiable
   * @throws NullPointerException when {@code bean} is null
   */
  public List<Violation> check(Object bean) {
    Set<ConstraintViolation<Object>> violations = validate(bean);
    List<Violation> out = new ArrayList<>(violations.size());
    for (ConstraintViolation<Object> v : violations) {
      out.add(Violation.of(v));
    }
    out.sort(Violation.ORDER);
    return List.copyOf(out);
  }

  /** The shared factory; package-private for tests. */
  static ValidatorFactory factory() {
    return Holder.FACTORY;
  }

  /** Builds a factory configured as the shared one; package-private for tests. */
  static ValidatorFactory bootstrap() {
    return configureFluentAccessors(Validation.byProvider(HibernateValidator.class)
            // the provider is named explicitly, so no service lookup (which a module layer or an
            // unusual class loader could miss) is needed
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure())
        .defaultLocale(Locale.ENGLISH)
        .messageInterpolator(interpolator())
        .traversableResolver(EVERYTHING_REACHABLE)
        .buildValidatorFactory();
  }

  /**
   * Every property is reachable and cascadable. The model's values are immutable and complete, so
   * there is nothing lazily loaded to protect; Hibernate Validator's default resolver asks JPA
   * whenever {@code jakarta.persistence} is on the class path, which with no JPA provider logs
   * "No valid providers found" on every validation.
   */
  private static final TraversableResolver EVERYTHING_REACHABLE = new TraversableResolver() {
    @Override
    public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType,
        Path pathToProperty, ElementType elementType) {
      return true;
    }

    @Override
    public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType,
        Path pathToProperty, ElementType elementType) {
      return true;
    }
  };

  /**
   * The message interpolator: Hibernate Validator's resource-bundle interpolator, which evaluates
   * {@code ${…}} expressions, when Jakarta Expression Language is available; else (a modular
   * application that did not resolve the {@code jakarta.el} module) the parameter-only interpolator,
   * which resolves {@code {…}} parameters and bundle keys but leaves expressions as they are.
   */
  private static MessageInterpolator interpolator() {
    LocaleResolver english = context -> context.getDefaultLocale();
    try {
      // bundles load lazily, so that forLocale works for any locale; aggregate = true merges
      // every ValidationMessages bundle on the class path (the application's and ours)
      return new ResourceBundleMessageInterpolator(
          new NoDefaultLocaleFallback(new PlatformResourceBundleLocator(
              BUNDLE, Set.of(), ReplyValidator.class.getClassLoader(), true)),
          Set.of(Locale.ENGLISH), Locale.ENGLISH, english, false);
    } catch (ValidationException | LinkageError noExpressionLanguage) {
      return new ParameterMessageInterpolator(Set.of(), Locale.ENGLISH, english, false);
    }
  }

  /**
   * Keeps {@link java.util.ResourceBundle}'s fallback to the JVM's default locale out of message
   * lookup: when the bundle found belongs to neither the requested locale nor one of its parents
   * (say zh_CN for a request for de on a Chinese machine), the base (English) bundle is used.
   */
  private static final class NoDefaultLocaleFallback implements ResourceBundleLocator {
    private static final ResourceBundle.Control CANDIDATES =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private final ResourceBundleLocator delegate;

    NoDefaultLocaleFallback(ResourceBundleLocator delegate) {
      this.delegate = delegate;
    }

    @Override
    public ResourceBundle getResourceBundle(Locale locale) {
      ResourceBundle bundle = delegate.getResourceBundle(locale);
      if (bundle == null || locale.equals(Locale.ROOT)
          || CANDIDATES.getCandidateLocales(BUNDLE, locale).contains(bundle.getLocale())) {
        return bundle;
      }
      return delegate.getResourceBundle(Locale.ROOT);
    }
  }

  /** Interpolates every message in one fixed locale. */
  private static final class FixedLocaleInterpolator implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale locale;

    FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
      return delegate.interpolate(messageTemplate, context, locale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
      return delegate.interpolate(messageTemplate, context, locale);
    }
  }
}
