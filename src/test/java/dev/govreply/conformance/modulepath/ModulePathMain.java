package dev.govreply.conformance.modulepath;

import dev.govreply.conformance.ReplyValidator;
import dev.govreply.conformance.ValidDocumentNumber;
import dev.govreply.conformance.Violation;
import dev.govreply.model.Body;
import dev.govreply.model.Measure;
import dev.govreply.model.Point;
import dev.govreply.model.Reply;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Run by {@code ReplyValidatorModulePathTest} in a JVM where {@code dev.govreply} is a named module
 * on the module path (this class stays on the class path, in a package of its own): prints one
 * line per violation, {@code path|message}.
 */
public final class ModulePathMain {
  private ModulePathMain() {}

  /** A user's DTO, in the unnamed module. */
  static final class Row {
    @ValidDocumentNumber(canonical = true)
    final String number;

    Row(String number) {
      this.number = number;
    }
  }

  /**
   * Validates a few objects and prints the violations.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Reply reply = Reply.builder()
        .issuer("县".repeat(101))
        .body(Body.builder().addMeasure(Measure.builder().ordinal(1)
            .addPoint(Point.builder().ordinal(1).heading("点".repeat(501)).build()).build()).build())
        .build();
    print(out, ReplyValidator.shared().check(reply));
    print(out, ReplyValidator.forLocale(Locale.SIMPLIFIED_CHINESE).check(reply));
    print(out, ReplyValidator.shared().check(new Row("平政字[2024]05号")));
    print(out, ReplyValidator.forLocale(Locale.SIMPLIFIED_CHINESE).check(new Row("12号")));
    print(out, ReplyValidator.shared().check(Reply.builder().issuer("平江县人民政府").build()));
  }

  private static void print(PrintStream out, List<Violation> violations) {
    for (Violation v : violations) {
      out.println(v.path() + "|" + v.message());
    }
    out.println("--");
  }
}
