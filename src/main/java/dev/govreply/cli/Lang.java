package dev.govreply.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * The language of the reports for people ({@code --lang} of {@code read --report} and {@code
 * check}): the locale in which the library words the findings and the conformance report
 * ({@link dev.govreply.findings.FindingText}, {@link
 * dev.govreply.conformance.ConformanceReport#toText(Locale)}).
 */
enum Lang {
  /** English, the default. */
  EN(Locale.ENGLISH),
  /** Simplified Chinese. */
  ZH(Locale.SIMPLIFIED_CHINESE);

  /** The locale of the reports. */
  final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
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
