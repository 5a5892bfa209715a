package dev.govreply.findings;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The titles and messages of the rules, localised when shown: English ({@code Rules.properties},
 * the default) and simplified Chinese ({@code Rules_zh_CN.properties}) in
 * {@code dev/govreply/findings/}. A finding keeps its rule ID and arguments, so it can be shown
 * in either language later ({@link Finding#message(Locale)}).
 *
 * <p>Keys are {@code <rule ID>.title} and {@code <rule ID>.message}; messages are
 * {@link MessageFormat} patterns over the finding's arguments. A locale without translations gives
 * English, never the JVM's default locale. Thread-safe (stateless).
 *
 * <pre>{@code
 * Messages.message("GR-NUM-002", Locale.SIMPLIFIED_CHINESE, List.of("平政字〔2024〕12号"));
 * // Optional[发文字号的顺序号编了虚位或加了“第”字，应写作平政字〔2024〕12号。]
 * }</pre>
 */
public final class Messages {
  /** The base name of the rules bundle. */
  public static final String BUNDLE = "dev.govreply.findings.Rules";

  private Messages() {}

  /**
   * The title of a rule in {@code locale}.
   *
   * @param ruleId the rule ID, e.g. {@code GR-NUM-002}
   * @param locale the language; English when it has no translation
   * @return the title, or empty when the bundle has none (a rule ID of no govreply rule)
   */
  public static Optional<String> title(String ruleId, Locale locale) {
    return lookup(ruleId + ".title", locale);
  }

  /**
   * The message of a rule in {@code locale}, made from {@code arguments}.
   *
   * @param ruleId the rule ID
   * @param locale the language; English when it has no translation
   * @param arguments the finding's arguments, in order
   * @return the message, or empty when the bundle has none for the rule
   */
  public static Optional<String> message(String ruleId, Locale locale, List<String> arguments) {
    return lookup(ruleId + ".message", locale).map(p -> format(p, arguments));
  }

  /**
   * Formats {@code pattern} with {@code arguments}; a placeholder without an argument is left out
   * (empty), never printed as {@code {0}}: a reader rule's Chinese message names the text found
   * ({@code 发文字号{0}的年份…}) when the finding has it and reads well without it.
   */
  private static String format(String pattern, List<String> arguments) {
    MessageFormat f = new MessageFormat(pattern, Locale.ROOT);
    Object[] values = new Object[Math.max(arguments.size(),
        f.getFormatsByArgumentIndex().length)];
    Arrays.fill(values, "");
    for (int i = 0; i < arguments.size(); i++) {
      values[i] = arguments.get(i);
    }
    return f.format(values);
  }

  /**
   * Whether findings and reports are shown in Chinese for {@code locale}: when its bundle is the
   * simplified Chinese one ({@code zh}, {@code zh_CN}, {@code zh_Hans}…, not {@code zh_TW}).
   *
   * @param locale the language asked for
   * @return true for simplified Chinese, false for English (every other locale)
   */
  public static boolean chinese(Locale locale) {
    return bundle(locale).getLocale().getLanguage().equals("zh");
  }

  private static Optional<String> lookup(String key, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    ResourceBundle bundle = bundle(locale);
    try {
      return Optional.of(bundle.getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /**
   * The bundle for {@code locale}, never the JVM default locale's bundle for another locale.
   *
   * @param locale the language, e.g. {@link Locale#SIMPLIFIED_CHINESE}
   * @return the simplified Chinese bundle for {@code zh}, {@code zh_CN}, {@code zh_Hans}…; the
   *     English one (the default) for every other locale
   */
  public static ResourceBundle bundle(Locale locale) {
    if (locale.getLanguage().equals("zh") && isCandidate(Locale.SIMPLIFIED_CHINESE, locale)) {
      locale = Locale.SIMPLIFIED_CHINESE; // zh, zh_SG, zh_Hans: the simplified Chinese bundle
    }
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    Locale found = b.getLocale();
    if (found.equals(Locale.ROOT) || isCandidate(found, locale)) {
      return b;
    }
    return ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
  }

  private static boolean isCandidate(Locale found, Locale requested) {
    if (found.getLanguage().isEmpty() || !found.getLanguage().equals(requested.getLanguage())) {
      return false;
    }
    if (requested.getLanguage().equals("zh")) {
      // zh, zh_CN, zh_Hans… are simplified Chinese; zh_TW/zh_HK/zh_Hant are not
      String script = requested.getScript();
      String country = requested.getCountry();
      if ("Hant".equals(script) || "TW".equals(country) || "HK".equals(country)
          || "MO".equals(country)) {
        return false;
      }
      return true;
    }
    return found.getCountry().isEmpty() || found.getCountry().equals(requested.getCountry());
  }
}
