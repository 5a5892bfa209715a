package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.internal.Chars;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ContactRole#fromLabel} against its definition with {@code split}, on generated labels. */
class ContactRoleLabelTest {

  /** Label words, their traditional forms, details, separators, colons and blanks. */
  private static final String[] TOKENS = {"承办负责人", "承办单位负责人", "负责人", "领导署名", "签发人",
      "承办人", "联系人", "经办人", "負責人", "承辦人", "聯系人", "聯繫人", "簽發人", "領導署名", "經辦人",
      "承辦單位負責人", "联系电话", "电话", "手机", "联系方式", "电话号码", "手机号码", "联系单位", "单位", "职务",
      "办公电话", "姓名", "聯繫電話", "電話", "職務", "號碼", "碼", "承办", "负责", "人", "联系", "系", "係",
      "及", "和", "与", "、", "/", ",", "，", ";", "．", ":", "：", "::", "地址", "抄送", "a", "1", "(",
      " ", "  ", "\u3000", "\u00A0", "\t", "\n", "\u200B", "\uFEFF", "\u2003", "𠀀", "\uD840"};

  /** Parts of a compound label that name contact details, as first written. */
  private static final String[] DETAILS = {"联系电话", "电话", "手机", "联系方式", "电话号码", "手机号码",
      "联系单位", "单位", "职务", "办公电话", "姓名"};

  /** {@link ContactRole#fromLabel} as first written: normalise, then split on the separators. */
  private static Optional<ContactRole> fromLabelReference(CharSequence label) {
    Objects.requireNonNull(label, "label");
    StringBuilder sb = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Chars.isBlank(c)) {
        continue;
      }
      int t = "負責辦聯繫係簽發領導單電話經職務碼聯".indexOf(c);
      sb.append(t < 0 ? c : "负责办联系系签发领导单电话经职务码联".charAt(t));
    }
    String s = sb.toString();
    while (!s.isEmpty() && (s.endsWith(":") || s.endsWith("："))) {
      s = s.substring(0, s.length() - 1);
    }
    Optional<ContactRole> whole = single(s);
    if (whole.isPresent() || s.isEmpty()) {
      return whole;
    }
    ContactRole found = null;
    for (String part : s.split("[及和与、/,，]", -1)) {
      Optional<ContactRole> role = single(part);
      if (role.isPresent()) {
        if (found != null && found != role.get()) {
          return Optional.empty();
        }
        found = role.get();
      } else if (!java.util.Arrays.asList(DETAILS).contains(part)) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(found);
  }

  private static Optional<ContactRole> single(String s) {
    switch (s) {
      case "承办负责人", "承办单位负责人", "负责人", "领导署名", "签发人":
        return Optional.of(ContactRole.RESPONSIBLE);
      case "承办人", "联系人", "经办人":
        return Optional.of(ContactRole.HANDLER);
      default:
        return Optional.empty();
    }
  }

  @Test
  void noIdeographIsBlank() {
    // normalise maps the ideographs U+4E00..U+9FFF without asking whether they are blank
    for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
      assertThat(Chars.isBlank(c)).as("U+%04X", (int) c).isFalse();
    }
  }

  @Test
  void everySingleCharReadsAsInTheDefinition() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String label = "承办" + (char) c + "人";
      assertThat(ContactRole.fromLabel(label)).as("U+%04X", c)
          .isEqualTo(fromLabelReference(label));
    }
  }

  @Test
  void fromLabelAgreesWithItsDefinitionOnGeneratedLabels() {
    Random r = new Random(20241018L);
    int roles = 0;
    for (int t = 0; t < 200_000; t++) {
      int n = 1 + r.nextInt(t % 10 == 0 ? 12 : 4);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(TOKENS[r.nextInt(TOKENS.length)]);
      }
      String label = sb.toString();
      Optional<ContactRole> want = fromLabelReference(label);
      assertThat(ContactRole.fromLabel(label)).as(label).isEqualTo(want);
      roles += want.isPresent() ? 1 : 0;
    }
    assertThat(roles).isGreaterThan(10_000);
  }
}
