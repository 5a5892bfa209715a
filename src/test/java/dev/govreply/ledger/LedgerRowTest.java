package dev.govreply.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerRowTest {

  static Reply founding() {
    return Reply.builder()
        .issuer("平江县 人民政府")
        .documentNumber(DocumentNumber.parse("平政字[2024]012号"))
        .resultClass(ResultClass.parse("A2"))
        .disclosure(Disclosure.PUBLIC)
        .motion(Motion.builder().kind(MotionKind.SUGGESTION).number("241")
            .session(Session.parse("岳阳市九届人大四次会议"))
            .title("关于优化营商环境，政府部门先行的建议").build())
        .addressee(Addressee.builder().salutation("张亮代表").addName("张 亮")
            .role(AddresseeRole.DEPUTY).build())
        .date(LocalDate.of(2024, 3, 5))
        .addContact(Contact.of(ContactRole.RESPONSIBLE, "朱远"))
        .addContact(Contact.of(ContactRole.HANDLER, "何勇", PhoneNumber.parse("0730—6222076")))
        .addCopyTo("省人大常委会办公厅")
        .addCopyTo("省政府办公厅")
        .build();
  }

  @Test
  void normalisesAsTheLedgerSays() {
    LedgerRow row = LedgerRow.of(founding());
    assertThat(row.issuer()).contains("平江县人民政府");
    assertThat(row.documentNumber()).contains("平政字〔2024〕12号");
    assertThat(row.resultClass()).contains("A2");
    assertThat(row.disclosure()).contains("PUBLIC");
    assertThat(row.motionKind()).contains("SUGGESTION");
    assertThat(row.session()).contains("岳阳市九届人大四次会议");
    assertThat(row.addressees()).containsExactly("张亮");
    assertThat(row.addresseeRole()).contains("代表");
    assertThat(row.addresseeCount()).hasValue(1);
    assertThat(row.date()).contains("2024-03-05");
    assertThat(row.contacts()).containsExactly(new LedgerContact("RESPONSIBLE", "朱远", null),
        new LedgerContact("HANDLER", "何勇", "0730-6222076"));
    assertThat(row.toMap().keySet()).containsExactlyElementsOf(LedgerRow.KEYS);
  }

  @Test
  void jsonHasExactlyTheKeysWithNullsAndEmptyLists() {
    assertThat(LedgerRow.of(Reply.builder().build()).toJson()).isEqualTo(
        "{\"issuer\":null,\"documentNumber\":null,\"resultClass\":null,\"disclosure\":null,"
            + "\"motionKind\":null,\"motionNumber\":null,\"session\":null,\"motionTitle\":null,"
            + "\"addressees\":[],\"addresseeRole\":null,\"addresseeCount\":null,\"date\":null,"
            + "\"contacts\":[],\"copyTo\":[]}");
    String json = LedgerRow.of(founding()).toJson();
    assertThat(json).contains("\"contacts\":[{\"role\":\"RESPONSIBLE\",\"name\":\"朱远\","
        + "\"phone\":null},{\"role\":\"HANDLER\",\"name\":\"何勇\",\"phone\":\"0730-6222076\"}]");
    assertThat(json).contains("\"addresseeCount\":1");
    StringWriter w = new StringWriter();
    LedgerJson.writeLines(List.of(LedgerRow.of(founding()), LedgerRow.of(founding())), w);
    assertThat(w.toString().split("\n")).hasSize(2);
  }

  @Test
  void csvHeaderOrderListsContactsAndQuoting() {
    assertThat(LedgerCsv.header()).isEqualTo("issuer,documentNumber,resultClass,disclosure,"
        + "motionKind,motionNumber,session,motionTitle,addressees,addresseeRole,addresseeCount,"
        + "date,contacts,copyTo\r\n");
    String row = LedgerCsv.row(LedgerRow.of(founding()));
    assertThat(row).startsWith("平江县人民政府,平政字〔2024〕12号,A2,PUBLIC,SUGGESTION,241,");
    assertThat(row).contains(",RESPONSIBLE:朱远:；HANDLER:何勇:0730-6222076,");
    assertThat(row).endsWith(",省人大常委会办公厅；省政府办公厅\r\n");
    assertThat(LedgerCsv.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(LedgerCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(LedgerCsv.quote("line\nbreak")).isEqualTo("\"line\nbreak\"");
    assertThat(LedgerCsv.quote("关于优化营商环境，政府")).isEqualTo("关于优化营商环境，政府");
    Reply ascii = Reply.builder().motion(Motion.builder().title("关于A,B的建议").build()).build();
    assertThat(LedgerCsv.row(LedgerRow.of(ascii))).contains(",\"关于A,B的建议\",");
  }

  @Test
  void roleAsPrintedAndCounts() {
    Reply trad = Reply.builder().addressee(Addressee.builder().salutation("尊敬的楊永崗委員")
        .addName("楊永崗").role(AddresseeRole.MEMBER).build()).build();
    assertThat(LedgerRow.of(trad).addresseeRole()).contains("委員");
    Reply collective = Reply.builder().addressee(Addressee.builder()
        .salutation("雨露乡委员小组").addName("雨露乡委员小组").collective(true).build()).build();
    assertThat(LedgerRow.of(collective).addresseeRole()).isEmpty();
    assertThat(LedgerRow.of(collective).addresseeCount()).isEmpty();
    Reply stated = Reply.builder().addressee(Addressee.builder().addName("童勋海")
        .statedCount(10).andOthers(true).role(AddresseeRole.DEPUTY).build()).build();
    assertThat(LedgerRow.of(stated).addresseeCount()).hasValue(10);
    assertThat(LedgerRow.of(stated).addresseeRole()).contains("代表");
  }

  @Test
  void equalRowsForEqualReplies() {
    assertThat(LedgerRow.of(founding())).isEqualTo(LedgerRow.of(founding()));
    assertThat(LedgerRow.of(founding()).hashCode()).isEqualTo(LedgerRow.of(founding()).hashCode());
  }
}
