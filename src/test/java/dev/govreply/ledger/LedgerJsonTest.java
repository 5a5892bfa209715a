package dev.govreply.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.Addressee;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Reply;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger row as JSON: every key in order, nulls and empty lists written, UTF-8 text. */
class LedgerJsonTest {

  @Test
  void aRowIsOneCompactObjectWithEveryKeyInOrder() {
    Reply reply = Reply.builder().issuer("平江县人民政府")
        .documentNumber(DocumentNumber.parse("平政字〔2024〕12号"))
        .addressee(Addressee.builder().addName("张亮").build())
        .addContact(Contact.of(ContactRole.HANDLER, "何勇", PhoneNumber.parse("0730-6222076")))
        .build();
    assertThat(LedgerJson.write(LedgerRow.of(reply))).isEqualTo("{\"issuer\":\"平江县人民政府\","
        + "\"documentNumber\":\"平政字〔2024〕12号\",\"resultClass\":null,\"disclosure\":null,"
        + "\"motionKind\":null,\"motionNumber\":null,\"session\":null,\"motionTitle\":null,"
        + "\"addressees\":[\"张亮\"],\"addresseeRole\":null,\"addresseeCount\":1,\"date\":null,"
        + "\"contacts\":[{\"role\":\"HANDLER\",\"name\":\"何勇\",\"phone\":\"0730-6222076\"}],"
        + "\"copyTo\":[]}");
  }

  @Test
  void rowsAreJsonLinesAndTheWriterStaysOpen() {
    StringWriter out = new StringWriter();
    LedgerRow row = LedgerRow.of(Reply.builder().issuer("甲").build());
    LedgerJson.writeLines(List.of(row, row), out);
    out.write("still open");
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).isEqualTo(lines[1]).startsWith("{\"issuer\":\"甲\",").endsWith("}");
    assertThat(lines[2]).isEqualTo("still open");
  }
}
