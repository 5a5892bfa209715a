package dev.govreply.cli;

import dev.govreply.conformance.Verdict;
import dev.govreply.findings.Severity;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The language of the reports for people ({@code --lang} of {@code read --report} and {@code
 * check}): the words of the report around the findings, and the locale of the findings' messages
 * ({@link dev.govreply.findings.Finding#message(Locale)}). English counts are written with
 * their plural ({@code 1 warning}, {@code 2 warnings}); Chinese counts with 项.
 */
enum Lang {
  /** English, the default. */
  EN(Locale.ENGLISH),
  /** Simplified Chinese. */
  ZH(Locale.SIMPLIFIED_CHINESE);

  /** The locale of the findings' messages. */
  final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /** {@code REJECT} / {@code 不通过}. */
  String verdict(Verdict v) {
    if (this == EN) {
      return v.name();
    }
    return switch (v) {
      case ACCEPT -> "通过";
      case ACCEPT_WITH_WARNINGS -> "通过（有警告）";
      case REJECT -> "不通过";
    };
  }

  /** {@code WARNING} / {@code 警告}. */
  String severity(Severity s) {
    if (this == EN) {
      return s.name();
    }
    return switch (s) {
      case ERROR -> "错误";
      case WARNING -> "警告";
      case INFO -> "提示";
    };
  }

  /** {@code 1 warning}, {@code 2 warnings} / {@code 警告 2 项}. */
  String count(long n, Severity s) {
    if (this == EN) {
      return count(n, s.name().toLowerCase(Locale.ROOT));
    }
    return severity(s) + " " + n + " 项";
  }

  /** {@code 1 finding}, {@code 2 findings} / {@code 2 项}. */
  String findings(long n) {
    return this == EN ? count(n, "finding") : n + " 项";
  }

  /** {@code 1 finding} with the English plural: {@code 0 findings}, {@code 2 findings}. */
  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The separator after a label: {@code ": "} / {@code "："}. */
  String colon() {
    return this == EN ? ": " : "：";
  }

  /** The separator in a list: {@code ", "} / {@code "，"}. */
  String comma() {
    return this == EN ? ", " : "，";
  }

  /** {@code (text)} / {@code （text）}. */
  String parenthesised(String text) {
    return this == EN ? " (" + text + ")" : "（" + text + "）";
  }

  /** Converts {@code --lang} values: zh or en, any case; anything else is a usage error. */
  static final class Converter implements CommandLine.ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      for (Lang l : values()) {
        if (l.name().equalsIgnoreCase(value)) {
          return l;
        }
      }
      throw new CommandLine.TypeConversionException("unknown language '" + value
          + "' (expected zh or en)");
    }
  }
}
