package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The message bundles: complete in both languages, and the Chinese text decodes correctly. */
class ValidationMessagesTest {

  private static final ResourceBundle.Control EXACT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("ValidationMessages", locale, EXACT);
  }

  private static Set<String> ownKeys(ResourceBundle bundle) {
    Set<String> keys = new TreeSet<>();
    for (String key : Collections.list(bundle.getKeys())) {
      if (key.startsWith("dev.govreply.")) {
        keys.add(key);
      }
    }
    return keys;
  }

  @Test
  void everyConstraintHasBothMessagesInBothLanguages() {
    Set<String> expected = new TreeSet<>();
    for (String c : new String[] {"ValidDocumentNumber", "ValidPhoneNumber", "ValidResultClass"}) {
      expected.add("dev.govreply.conformance." + c + ".message");
      expected.add("dev.govreply.conformance." + c + ".canonical.message");
    }
    expected.add("dev.govreply.conformance.ConformsTo.message");
    assertThat(ownKeys(bundle(Locale.ROOT))).isEqualTo(expected);
    assertThat(ownKeys(bundle(Locale.SIMPLIFIED_CHINESE))).isEqualTo(expected);
  }

  @Test
  void chineseTextDecodes() {
    ResourceBundle zh = bundle(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh.getString("dev.govreply.conformance.ValidDocumentNumber.message"))
        .isEqualTo("应为发文字号，如 平政字〔2024〕12号");
    assertThat(zh.getString("dev.govreply.conformance.ValidResultClass.canonical.message"))
        .isEqualTo("办理结果类别应写作规范形式：{canonicalForm}");
    assertThat(bundle(Locale.ROOT).getString("dev.govreply.conformance.ValidDocumentNumber.message"))
        .isEqualTo("must be a document number such as 平政字〔2024〕12号");
  }

  @Test
  void englishBundleExistsSoThatLookupsNeverFallBackToTheDefaultLocale() {
    ResourceBundle en = bundle(Locale.ENGLISH);
    assertThat(en.getLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(en.getString("dev.govreply.conformance.ValidPhoneNumber.message"))
        .startsWith("must be a phone number");
  }
}
