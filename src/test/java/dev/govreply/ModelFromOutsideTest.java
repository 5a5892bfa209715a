package dev.govreply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.Measure;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import dev.govreply.model.UnrecognizedBlock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The model's builders and {@code with} methods as an application uses them: from outside the
 * package, so only what is public compiles here. The {@code with} methods check the changed value
 * as {@code build()} does.
 */
class ModelFromOutsideTest {

  private static final Motion MOTION = Motion.builder()
      .kind(MotionKind.SUGGESTION)
      .session(Session.of("岳阳市九届人大四次会议"))
      .number("241")
      .title(Optional.of("关于优化营商环境，政府部门先行的建议"))
      .build();

  private static final Contact ZHU_YUAN = Contact.of(ContactRole.RESPONSIBLE, "朱远");
  private static final Contact HE_YONG =
      Contact.of(ContactRole.HANDLER, "何勇", PhoneNumber.parse("0730-6222076"));

  /** The founding example, abridged, built with each kind of builder method. */
  private static Reply pingjiang() {
    Point point = Point.builder().ordinal(1).heading("高点位开展部署调度。")
        .addParagraph("县委书记4次大会讲评、5次专题调研优化营商环境工作。").build();
    Measure measure = Measure.builder().ordinal(1).heading("打造“五张清单”，重构工作联动新机制。")
        .addPoints(point, point.withOrdinal(2).withHeading("高标准打造“五张清单”。"))
        .build();
    Commitments commitments = Commitments.builder()
        .addIntro("2024年，平江将持续深化贯彻落实《优化营商环境条例》。")
        .addItem(Commitment.builder().ordinal(1).heading("进一步创优优化营商环境工作机制。").build())
        .build();
    return Reply.builder()
        .issuer("平江县人民政府")
        .documentNumber(DocumentNumber.parse("平政字〔2024〕12号"))
        .resultClass(ResultClass.parse("A2"))
        .disclosure(Disclosure.PUBLIC)
        .title("平江县人民政府对岳阳市九届人大四次会议第241号建议的答复")
        .motion(MOTION)
        .addressee(Addressee.builder().salutation("张亮代表").addName("张亮")
            .role(AddresseeRole.DEPUTY).build())
        .body(Body.builder()
            .opening("您提出的《关于优化营商环境，政府部门先行的建议》已收悉。现答复如下：")
            .addAllMeasures(List.of(measure))
            .commitments(commitments)
            .addClosing("感谢您对平江优化营商环境工作，乃至整个平江经济社会发展的关注。")
            .build())
        .contacts(List.of(ZHU_YUAN))
        .addContact(HE_YONG)
        .putExtension("legacy", ExtensionValue.object(Map.of("ledgerId", ExtensionValue.of("PJ-241"))))
        .build();
  }

  private static MalformedValueException malformed(ThrowingCallable call) {
    return catchThrowableOfType(MalformedValueException.class, call);
  }

  @Test
  void builderMethodsAreCallableFromOutsideThePackage() {
    Reply reply = pingjiang();
    assertThat(reply.contacts()).containsExactly(ZHU_YUAN, HE_YONG);
    assertThat(reply.body().measures().get(0).points()).extracting(Point::ordinal)
        .containsExactly(1, 2);
    assertThat(Reply.builder().from(reply).build()).isEqualTo(reply);
    assertThat(reply.toBuilder().signer(Optional.empty()).date(LocalDate.of(2024, 5, 20)).build()
        .date()).contains(LocalDate.of(2024, 5, 20));
  }

  @Test
  void withMethodsReturnAChangedCopyAndLeaveTheOriginal() {
    Reply reply = pingjiang();
    Reply retitled = reply.withTitle("平江县人民政府关于第241号建议的答复");
    assertThat(retitled.title()).contains("平江县人民政府关于第241号建议的答复");
    assertThat(reply.title()).contains("平江县人民政府对岳阳市九届人大四次会议第241号建议的答复");
    assertThat(retitled).isEqualTo(reply.toBuilder()
        .title("平江县人民政府关于第241号建议的答复").build());

    assertThat(reply.withTitle(Optional.empty()).title()).isEmpty();
    assertThat(reply.withSignature("平江县人民政府").withDate(LocalDate.of(2024, 5, 20)).date())
        .contains(LocalDate.of(2024, 5, 20));
    assertThat(reply.withContacts(HE_YONG).contacts()).containsExactly(HE_YONG);
    assertThat(reply.withCopyTo(List.of("省人大常委会办公厅")).copyTo())
        .containsExactly("省人大常委会办公厅");
    assertThat(MOTION.withNumber("009").number()).contains("009");
    assertThat(MOTION.withKind(MotionKind.PROPOSAL).kind()).contains(MotionKind.PROPOSAL);
    assertThat(HE_YONG.withPhone(Optional.empty()).phone()).isEmpty();
  }

  @Test
  void withTheValueItAlreadyHasReturnsTheSameInstance() {
    Reply reply = pingjiang();
    assertThat(reply.withIssuer("平江县人民政府")).isSameAs(reply);
    assertThat(MOTION.withNumber("241")).isSameAs(MOTION);
  }

  @Test
  void withMethodsCheckTheNewValueAsBuildDoes() {
    Reply reply = pingjiang();
    assertThat(malformed(() -> reply.withTitle(" ")).field()).isEqualTo("title");
    assertThat(malformed(() -> reply.withNotes("此件主动公开", "")).field()).isEqualTo("notes[1]");
    assertThat(malformed(() -> MOTION.withNumber("12/3")).field()).isEqualTo("motion.number");
    assertThat(malformed(() -> HE_YONG.withName("=cmd|' /C calc'!A0")).field())
        .isEqualTo("contact.name");
    Addressee zhang = reply.addressee().orElseThrow();
    assertThat(malformed(() -> zhang.withNames("@SUM(1+1)")).field())
        .isEqualTo("addressee.names[0]");
    assertThat(malformed(() -> zhang.withStatedCount(OptionalInt.of(0))).field())
        .isEqualTo("addressee.statedCount");
    assertThat(malformed(() -> reply.body().withOpening("")).field()).isEqualTo("body.opening");
    Commitments introOnly = Commitments.builder().addIntro("下一步，我局将……").build();
    assertThat(malformed(() -> introOnly.withIntro(List.of())).field()).isEqualTo("commitments");
    Measure measure = reply.body().measures().get(0);
    assertThat(malformed(() -> measure.withOrdinal(0)).field()).isEqualTo("measure.ordinal");
    Point point = measure.points().get(0);
    assertThat(malformed(() -> point.withParagraphs(" ")).field())
        .isEqualTo("point.paragraphs[0]");
    assertThat(point.withStyle(PointStyle.PARENTHESIZED).style())
        .isEqualTo(PointStyle.PARENTHESIZED);
    UnrecognizedBlock block = UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 1, List.of("索引号: 1"));
    assertThat(malformed(() -> block.withLines()).field()).isEqualTo("unrecognized.lines");
    assertThat(malformed(() -> block.withLines("a\nb")).field())
        .isEqualTo("unrecognized.lines[0]");
  }

  @Test
  void withExtensionsTakesExtensionNodesAndChecksTheKeys() {
    Reply reply = pingjiang();
    ExtensionValue.JsonObject state = ExtensionValue.object(Map.of("workflow", ExtensionValue.of("办结")));
    Reply changed = reply.withExtensions(Map.of("state", state));
    assertThat(changed.extensions()).containsOnlyKeys("state");
    assertThat(((ExtensionValue.JsonObject) changed.extensions().get("state")).get("workflow"))
        .isEqualTo(ExtensionValue.of("办结"));
    assertThat(reply.extensions()).containsOnlyKeys("legacy");
    assertThat(malformed(() -> reply.withExtensions(Map.of("", state))).field())
        .isEqualTo("extensions");
  }
}
