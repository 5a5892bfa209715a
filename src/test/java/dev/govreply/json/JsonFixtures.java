package dev.govreply.json;

import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.BlockKind;
import dev.govreply.model.Body;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.Measure;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import dev.govreply.model.Reply;
import dev.govreply.model.Session;
import dev.govreply.model.UnrecognizedBlock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built replies for the JSON tests. */
final class JsonFixtures {
  private JsonFixtures() {}

  /**
   * A reply using every part except the small values still being finished elsewhere
   * (ResultClass, PhoneNumber), so the golden text below only depends on DocumentNumber and
   * Session.
   */
  static Reply small() {
    ExtensionValue legacy = object("system", ExtensionValue.of("OA"), "tags", ExtensionValue.array(
        ExtensionValue.of("营商"), ExtensionValue.of(true), ExtensionValue.nullValue(), ExtensionValue.of(1.5)));
    return Reply.builder()
        .issuer("平江县人民政府")
        .documentNumber(DocumentNumber.of("平政字", 2024, 12))
        .disclosure(Disclosure.PUBLIC)
        .title("平江县人民政府对岳阳市九届人大四次会议第241号建议的答复")
        .motion(Motion.builder().kind(MotionKind.SUGGESTION)
            .session(Session.parse("岳阳市九届人大四次会议")).number("241")
            .title("关于优化营商环境，政府部门先行的建议").build())
        .addressee(Addressee.builder().addName("张亮").role(AddresseeRole.DEPUTY).build())
        .body(Body.builder()
            .opening("您提出的《关于优化营商环境，政府部门先行的建议》已收悉。现答复如下：")
            .addContext("营商环境是市场经济根植之土。")
            .addMeasure(Measure.builder().ordinal(1).heading("打造“五张清单”，重构工作联动新机制。")
                .addPoint(Point.builder().ordinal(1).heading("高点位开展部署调度。")
                    .addParagraph("县委书记4次大会讲评。").build())
                .addPoint(Point.builder().ordinal(2).style(PointStyle.PARENTHESIZED)
                    .heading("高标准打造“五张清单”。").build())
                .build())
            .commitments(Commitments.builder().addIntro("2024 年，平江将持续深化。")
                .addItem(Commitment.builder().ordinal(1).heading("进一步创优工作机制。").build())
                .build())
            .addClosing("感谢您的关注。")
            .build())
        .signature("平江县人民政府")
        .date(LocalDate.of(2024, 3, 1))
        .addContact(Contact.of(ContactRole.RESPONSIBLE, "朱远"))
        .addCopyTo("岳阳市人大常委会选联工委")
        .addNote("此件主动公开")
        .addUnrecognized(UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 1,
            List.of("索引号: 4306000001", "")))
        .putExtension("legacyId", ExtensionValue.of(42))
        .putExtension("legacy", legacy)
        .build();
  }

  /**
   * A JSON object with its members in the order given ({@code Map.of} has no order).
   *
   * @param namesAndValues name, value, name, value, …
   */
  static ExtensionValue.JsonObject object(Object... namesAndValues) {
    Map<String, ExtensionValue> members = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      members.put((String) namesAndValues[i], (ExtensionValue) namesAndValues[i + 1]);
    }
    return ExtensionValue.object(members);
  }

  /** The canonical bytes of {@link #small()}, as a string. */
  static final String SMALL_JSON = "{\"format\":\"govreply/1\",\"issuer\":\"平江县人民政府\","
      + "\"documentNumber\":\"平政字〔2024〕12号\",\"disclosure\":\"PUBLIC\","
      + "\"title\":\"平江县人民政府对岳阳市九届人大四次会议第241号建议的答复\","
      + "\"motion\":{\"kind\":\"SUGGESTION\",\"session\":\"岳阳市九届人大四次会议\",\"number\":\"241\","
      + "\"title\":\"关于优化营商环境，政府部门先行的建议\"},"
      + "\"addressee\":{\"names\":[\"张亮\"],\"role\":\"DEPUTY\"},"
      + "\"body\":{\"opening\":\"您提出的《关于优化营商环境，政府部门先行的建议》已收悉。现答复如下：\","
      + "\"context\":[\"营商环境是市场经济根植之土。\"],"
      + "\"measures\":[{\"ordinal\":1,\"heading\":\"打造“五张清单”，重构工作联动新机制。\","
      + "\"points\":[{\"ordinal\":1,\"heading\":\"高点位开展部署调度。\",\"paragraphs\":[\"县委书记4次大会讲评。\"]},"
      + "{\"ordinal\":2,\"style\":\"PARENTHESIZED\",\"heading\":\"高标准打造“五张清单”。\"}]}],"
      + "\"commitments\":{\"intro\":[\"2024 年，平江将持续深化。\"],"
      + "\"items\":[{\"ordinal\":1,\"heading\":\"进一步创优工作机制。\"}]},"
      + "\"closing\":[\"感谢您的关注。\"]},"
      + "\"signature\":\"平江县人民政府\",\"date\":\"2024-03-01\","
      + "\"contacts\":[{\"role\":\"RESPONSIBLE\",\"name\":\"朱远\"}],"
      + "\"copyTo\":[\"岳阳市人大常委会选联工委\"],\"notes\":[\"此件主动公开\"],"
      + "\"unrecognized\":[{\"kind\":\"PAGE_METADATA\",\"firstLine\":1,\"lines\":[\"索引号: 4306000001\",\"\"]}],"
      + "\"extensions\":{\"legacyId\":42,\"legacy\":{\"system\":\"OA\",\"tags\":[\"营商\",true,null,1.5]}}}";
}
