package app;

import dev.govreply.conformance.ValidDocumentNumber;
import dev.govreply.conformance.Verdict;
import dev.govreply.json.ReplyJson;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Reply;
import dev.govreply.testing.ReplyAssertions;
import dev.govreply.testing.ReplyGens;
import dev.govreply.testing.SampleDocuments;
import dev.govreply.text.ReadResult;
import dev.govreply.text.ReplyTextReader;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Uses each part of the library the way an application does, and prints what it got. */
public final class ConsumerMain {
  private ConsumerMain() {}

  /** A DTO of the application's own, validated with govreply's constraint. */
  public static final class Row {
    @ValidDocumentNumber
    final String number;

    Row(String number) {
      this.number = number;
    }
  }

  /**
   * Prints one line per part.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    // 1. Bean Validation with a plain factory (needs Jakarta EL in the module graph)
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<Row>> bad = validator.validate(new Row("平政字2024"));
      System.out.println("validation: " + bad.size() + " "
          + validator.validate(new Row("平政字〔2024〕12号")).size());
    }
    // 2. builders and JSON
    Reply reply = Reply.builder().issuer("平江县人民政府")
        .documentNumber(DocumentNumber.parse("平政字[2024]12号")).build();
    byte[] json = ReplyJson.standard().write(reply);
    System.out.println("json: " + new String(json, StandardCharsets.UTF_8) + " "
        + ReplyJson.standard().read(json).equals(reply));
    // 3. reading a real document from text
    ReadResult read = ReplyTextReader.standard().read(SampleDocuments.text("00"));
    System.out.println("text: " + read.reply().documentNumber().orElseThrow());
    // 4. the test kit
    ReplyAssertions.assertThat(ReplyGens.validReply(7L)).hasVerdict(Verdict.ACCEPT);
    System.out.println("testing: ok");
  }
}
