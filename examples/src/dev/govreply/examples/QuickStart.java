package dev.govreply.examples;

import dev.govreply.conformance.ReplyValidator;
import dev.govreply.conformance.Violation;
import dev.govreply.json.ReplyJson;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.Body;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Measure;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Point;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import java.util.List;

/**
 * The README's quick start, verbatim: build part of the founding example with the builder,
 * validate it, write and read it as JSON.
 */
public final class QuickStart {

  private QuickStart() {}

  /** Builds the quick-start reply. */
  public static Reply reply() {
    return Reply.builder()
        .issuer("平江县人民政府")
        .documentNumber(DocumentNumber.parse("平政字〔2024〕12号"))
        .resultClass(ResultClass.parse("A2"))                 // "A2类"
        .disclosure(Disclosure.fromMark("同意公开").orElseThrow())
        .title("平江县人民政府对岳阳市九届人大四次会议第241号建议的答复")
        .motion(Motion.builder()
            .kind(MotionKind.SUGGESTION)
            .session(Session.parse("岳阳市九届人大四次会议"))
            .number("241")
            .title("关于优化营商环境，政府部门先行的建议")
            .build())
        .addressee(Addressee.builder().addName("张亮").role(AddresseeRole.DEPUTY).build())
        .body(Body.builder()
            .opening("您提出的《关于优化营商环境，政府部门先行的建议》已收悉。现答复如下：")
            .addMeasure(Measure.builder()
                .ordinal(1)
                .heading("打造“五张清单”，重构工作联动新机制。")
                .addPoint(Point.builder().ordinal(1).heading("高点位开展部署调度。")
                    .addParagraph("县委书记4次大会讲评、5次专题调研优化营商环境工作……").build())
                .build())
            .addClosing("感谢您对平江优化营商环境工作，乃至整个平江经济社会发展的关注。")
            .build())
        .addContact(Contact.of(ContactRole.RESPONSIBLE, "朱远"))
        .addContact(Contact.of(ContactRole.HANDLER, "何勇", PhoneNumber.parse("0730-6222076")))
        .build();
  }

  /** Runs the quick start and prints what happened. */
  public static void main(String[] args) {
    Reply reply = reply();

    List<Violation> violations = ReplyValidator.shared().check(reply);   // [] — nothing wrong

    ReplyJson json = ReplyJson.standard();
    byte[] bytes = json.write(reply);            // canonical, deterministic UTF-8 JSON
    Reply again = json.read(bytes);              // equals(reply)

    System.out.println("violations: " + violations);
    System.out.println("round trip equal: " + again.equals(reply));
    System.out.println(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
  }
}
