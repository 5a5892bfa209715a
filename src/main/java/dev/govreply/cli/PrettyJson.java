package dev.govreply.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Indents JSON that the library writes compactly and has no indented form of (the ledger rows of
 * {@link dev.govreply.ledger.LedgerJson}), in the layout of {@link
 * dev.govreply.json.ReplyJson#writePretty}: two spaces per level, one property or element per
 * line, {@code "key": value}, {@code {}} and {@code []} when empty, {@code \n} line ends, no final
 * line end. Replies are indented by {@code ReplyJson.writePretty} itself.
 */
final class PrettyJson {

  private PrettyJson() {}

  /**
   * The indented form of a JSON document; the same values in the same order.
   *
   * @param json one JSON document, as the library writes it
   * @return the indented text
   */
  static String indent(String json) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    JsonFactory factory = new JsonFactory();
    StringWriter out = new StringWriter(json.length() * 2);
    try (JsonParser p = factory.createParser(json);
        JsonGenerator g = factory.createGenerator(out)) {
      g.setPrettyPrinter(printer);
      p.nextToken();
      g.copyCurrentStructure(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not for a StringWriter and the library's own JSON
    }
    return out.toString();
  }
}
