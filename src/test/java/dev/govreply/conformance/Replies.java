package dev.govreply.conformance;

import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.Body;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
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
import java.time.LocalDate;

/** Test replies modelled on the founding example, samples/00-pingjiang-xzf-jy241.txt. */
final class Replies {
  private Replies() {}

  static String repeat(char c, int n) {
    return String.valueOf(c).repeat(n);
  }

  static Point point(int ordinal, String heading) {
    return Point.builder().ordinal(ordinal).heading(heading).addParagraph("县委书记4次大会讲评。").build();
  }

  static Measure measure(int ordinal, String heading, Point... points) {
    return Measure.builder().ordinal(ordinal).heading(heading).addPoints(points).build();
  }

  static Body body(Measure... measures) {
    return Body.builder()
        .opening("您提出的《关于优化营商环境，政府部门先行的建议》已收悉。现答复如下：")
        .addContext("营商环境是市场经济根植之土、市场主体活力之源。")
        .addMeasures(measures)
        .commitments(Commitments.builder()
            .addIntro("2024年，平江将持续深化贯彻落实《优化营商环境条例》。")
            .addItem(Commitment.builder().ordinal(1).heading("进一步创优优化营商环境工作机制。")
                .addParagraph("进一步明晰各部门、乡镇优化营商环境的职能职责。").build())
            .build())
        .addClosing("感谢您对我县优化营商环境工作的关心和支持！")
        .build();
  }

  static Body foundingBody() {
    return body(
        measure(1, "打造“五张清单”，重构工作联动新机制。",
            point(1, "高点位开展部署调度。"), point(2, "高标准打造“五张清单”。")),
        measure(2, "夯实“一网通办”，重塑优质政务新平台。", point(1, "搭建“湘易办”平台。")));
  }

  /** A reply like the founding one, with every part filled in and no violation. */
  static Reply founding() {
    return Reply.builder()
        .issuer("平江县人民政府")
        .documentNumber(DocumentNumber.parse("平政字〔2024〕12号"))
        .resultClass(ResultClass.parse("A2"))
        .disclosure(Disclosure.PUBLIC)
        .title("平江县人民政府对岳阳市九届人大四次会议第241号建议的答复")
        .motion(Motion.builder().kind(MotionKind.SUGGESTION)
            .session(Session.parse("岳阳市九届人大四次会议"))
            .number("241").title("关于优化营商环境，政府部门先行的建议").build())
        .addressee(Addressee.builder().addName("张亮").role(AddresseeRole.DEPUTY).build())
        .body(foundingBody())
        .signature("平江县人民政府")
        .date(LocalDate.of(2024, 5, 20))
        .addContact(Contact.of(ContactRole.RESPONSIBLE, "朱远"))
        .addContact(Contact.of(ContactRole.HANDLER, "何勇", PhoneNumber.parse("0730-6222076")))
        .addCopyTo("县人大常委会选任联工委")
        .build();
  }
}
