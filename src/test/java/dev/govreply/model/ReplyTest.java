package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ReplyTest {


  private static final DocumentNumber NUMBER = DocumentNumber.of("平政字", 2024, 12);
  private static final ResultClass CLASS_A2 = ResultClass.of('A', 2);
  private static final Session SESSION = Session.of("岳阳市九届人大四次会议");
  private static final Motion MOTION = Motion.builder().kind(MotionKind.SUGGESTION).session(SESSION)
      .number("241").title("关于优化营商环境，政府部门先行的建议").build();
  private static final Addressee ZHANG_LIANG =
      Addressee.builder().salutation("张亮代表").addName("张亮").role(AddresseeRole.DEPUTY).build();
  private static final Body BODY = Body.builder()
      .opening("您提出的《关于优化营商环境，政府部门先行的建议》已收悉。现答复如下：")
      .addMeasure(Measure.builder().ordinal(1).heading("打造“五张清单”，重构工作联动新机制。")
          .addPoint(Point.builder().ordinal(1).heading("高点位开展部署调度。").build()).build())
      .commitments(Commitments.builder().addIntro("2024年，平江将持续深化贯彻落实《优化营商环境条例》。").build())
      .addClosing("感谢您对平江优化营商环境工作，乃至整个平江经济社会发展的关注。")
      .build();
  private static final PhoneNumber PHONE = PhoneNumber.landline("0730", "6222076");
  private static final Contact ZHU_YUAN = Contact.of(ContactRole.RESPONSIBLE, "朱远");
  private static final Contact HE_YONG = Contact.of(ContactRole.HANDLER, "何勇", PHONE);
  private static final UnrecognizedBlock METADATA = UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 1,
      List.of("索引号: 010805312/2019-00088 | 发布机构: 宝鸡市环境保护局 |", "生成日期: 2019-05-09 | 公开方式: 主动公开 |"));

  private static ExtensionValue.JsonObject legacy() {
    return legacy("办结");
  }

  private static ExtensionValue.JsonObject legacy(String workflow) {
    Map<String, ExtensionValue> members = new LinkedHashMap<>();
    members.put("ledgerId", ExtensionValue.of("PJ-2024-JY-241"));
    members.put("workflow", ExtensionValue.of(workflow));
    return ExtensionValue.object(members);
  }

  /** 00-pingjiang-xzf-jy241, abridged. */
  private static Reply pingjiang() {
    return Reply.builder()
        .issuer("平江县人民政府")
        .documentNumber(NUMBER)
        .resultClass(CLASS_A2)
        .disclosure(Disclosure.PUBLIC)
        .title("平江县人民政府对岳阳市九届人大四次会议第241号建议的答复")
        .motion(MOTION)
        .addressee(ZHANG_LIANG)
        .body(BODY)
        .signature("平江县人民政府")
        .date(LocalDate.of(2024, 5, 20))
        .addContacts(ZHU_YUAN, HE_YONG)
        .addCopyTo("岳阳市人大常委会选举任免联络工作委员会")
        .addNote("此件主动公开")
        .addUnrecognized(METADATA)
        .putExtension("legacy", legacy())
        .build();
  }

  private static MalformedValueException malformed(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(MalformedValueException.class);
    return (MalformedValueException) t;
  }

  // ---- builder and defaults ----

  @Test
  void emptyReplyCanBeBuilt() {
    Reply reply = Reply.builder().build();
    assertThat(reply.issuer()).isEmpty();
    assertThat(reply.documentNumber()).isEmpty();
    assertThat(reply.resultClass()).isEmpty();
    assertThat(reply.disclosure()).isEmpty();
    assertThat(reply.title()).isEmpty();
    assertThat(reply.motion()).isEmpty();
    assertThat(reply.addressee()).isEmpty();
    assertThat(reply.signature()).isEmpty();
    assertThat(reply.date()).isEmpty();
    assertThat(reply.contacts()).isEmpty();
    assertThat(reply.copyTo()).isEmpty();
    assertThat(reply.notes()).isEmpty();
    assertThat(reply.unrecognized()).isEmpty();
    assertThat(reply.extensions()).isEmpty();
  }

  @Test
  void bodyIsEmptyByDefault() {
    Reply reply = Reply.builder().issuer("平江县人民政府").build();
    assertThat(reply.body()).isNotNull();
    assertThat(reply.body().isEmpty()).isTrue();
    assertThat(reply.body()).isEqualTo(Body.builder().build());
    assertThat(reply).isEqualTo(Reply.builder().issuer("平江县人民政府").body(Body.builder().build()).build());
  }

  @Test
  void builderKeepsEveryPart() {
    Reply reply = pingjiang();
    assertThat(reply.issuer()).contains("平江县人民政府");
    assertThat(reply.documentNumber()).contains(NUMBER);
    assertThat(reply.resultClass()).contains(CLASS_A2);
    assertThat(reply.disclosure()).contains(Disclosure.PUBLIC);
    assertThat(reply.title()).contains("平江县人民政府对岳阳市九届人大四次会议第241号建议的答复");
    assertThat(reply.motion()).contains(MOTION);
    assertThat(reply.addressee()).contains(ZHANG_LIANG);
    assertThat(reply.body()).isEqualTo(BODY);
    assertThat(reply.signature()).contains("平江县人民政府");
    assertThat(reply.date()).contains(LocalDate.of(2024, 5, 20));
    assertThat(reply.contacts()).containsExactly(ZHU_YUAN, HE_YONG);
    assertThat(reply.copyTo()).containsExactly("岳阳市人大常委会选举任免联络工作委员会");
    assertThat(reply.notes()).containsExactly("此件主动公开");
    assertThat(reply.unrecognized()).containsExactly(METADATA);
    assertThat(reply.extensions()).containsOnlyKeys("legacy");
    assertThat(reply.extensions().get("legacy")).isEqualTo(legacy());
  }

  @Test
  void contactsKeepDocumentOrder() {
    Reply reply = Reply.builder().addContact(HE_YONG).addContact(ZHU_YUAN).build();
    assertThat(reply.contacts()).containsExactly(HE_YONG, ZHU_YUAN);
    assertThat(reply).isNotEqualTo(Reply.builder().addContacts(ZHU_YUAN, HE_YONG).build());
  }

  // ---- invariants ----

  @Test
  void blankIssuerIsMalformed() {
    MalformedValueException e = malformed(() -> Reply.builder().issuer(" ").build());
    assertThat(e.field()).isEqualTo("issuer");
    assertThat(e.text()).isEqualTo(" ");
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void blankTitleIsMalformed() {
    MalformedValueException e = malformed(() -> Reply.builder().title("").build());
    assertThat(e.field()).isEqualTo("title");
    assertThat(e.text()).isEmpty();
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void blankSignatureIsMalformed() {
    MalformedValueException e = malformed(() -> Reply.builder().signature("\u3000").build());
    assertThat(e.field()).isEqualTo("signature");
    assertThat(e.text()).isEqualTo("\u3000");
  }

  @Test
  void blankCopyToIsMalformedWithItsIndex() {
    MalformedValueException e =
        malformed(() -> Reply.builder().addCopyTo("省人大常委会办公厅", "省政府办公厅", " ").build());
    assertThat(e.field()).isEqualTo("copyTo[2]");
    assertThat(e.text()).isEqualTo(" ");
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void blankNoteIsMalformedWithItsIndex() {
    MalformedValueException e = malformed(() -> Reply.builder().addNote("").addNote("此件主动公开").build());
    assertThat(e.field()).isEqualTo("notes[0]");
    assertThat(e.text()).isEmpty();
  }

  @Test
  void emptyExtensionKeyIsMalformed() {
    MalformedValueException e =
        malformed(() -> Reply.builder().putExtension("", ExtensionValue.of("PJ-241")).build());
    assertThat(e.field()).isEqualTo("extensions");
    assertThat(e.text()).isEmpty();
    assertThat(e.index()).isEqualTo(-1);
  }

  @Test
  void emptyExtensionKeyViaMapIsMalformed() {
    Map<String, ExtensionValue> values = new LinkedHashMap<>();
    values.put("ledgerId", ExtensionValue.of("PJ-241"));
    values.put("", ExtensionValue.of("x"));
    assertThat(malformed(() -> Reply.builder().extensions(values).build()).field()).isEqualTo("extensions");
  }

  @Test
  void malformedPartsCannotBeSmuggledInThroughToBuilder() {
    Reply reply = pingjiang();
    assertThat(malformed(() -> reply.toBuilder().issuer("").build()).field()).isEqualTo("issuer");
    assertThat(malformed(() -> reply.toBuilder().addNote(" ").build()).field()).isEqualTo("notes[1]");
  }

  // ---- immutability ----

  @Test
  void listsAreUnmodifiable() {
    Reply reply = pingjiang();
    assertThatThrownBy(() -> reply.contacts().add(ZHU_YUAN)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> reply.copyTo().add("省政府办公厅")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> reply.notes().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> reply.unrecognized().remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void listsAreDetachedFromTheBuilderInput() {
    List<String> copyTo = new ArrayList<>(List.of("省人大常委会办公厅", "省政府办公厅"));
    List<Contact> contacts = new ArrayList<>(List.of(ZHU_YUAN));
    Reply reply = Reply.builder().copyTo(copyTo).contacts(contacts).build();
    copyTo.add("市政府办公室");
    contacts.add(HE_YONG);
    assertThat(reply.copyTo()).containsExactly("省人大常委会办公厅", "省政府办公厅");
    assertThat(reply.contacts()).containsExactly(ZHU_YUAN);
  }

  @Test
  void extensionsMapIsUnmodifiable() {
    Reply reply = pingjiang();
    assertThatThrownBy(() -> reply.extensions().put("other", ExtensionValue.of("x")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> reply.extensions().remove("legacy"))
        .isInstanceOf(UnsupportedOperationException.class);
    Reply none = Reply.builder().build();
    assertThatThrownBy(() -> none.extensions().put("other", ExtensionValue.of("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void extensionValuesCannotBeChangedThroughTheReply() {
    Reply reply = pingjiang();
    int hash = reply.hashCode();
    ExtensionValue.JsonObject returned = (ExtensionValue.JsonObject) reply.extensions().get("legacy");
    assertThatThrownBy(() -> returned.members().put("workflow", ExtensionValue.of("退回")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> returned.members().remove("ledgerId"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(reply.extensions().get("legacy")).isEqualTo(legacy());
    assertThat(reply.hashCode()).isEqualTo(hash);
    assertThat(reply).isEqualTo(pingjiang());
  }

  @Test
  void changingTheCollectionsAValueWasMadeFromDoesNotChangeTheReply() {
    Map<String, ExtensionValue> members = new LinkedHashMap<>(legacy().members());
    List<ExtensionValue> history = new ArrayList<>(List.of(ExtensionValue.of("交办"), ExtensionValue.of("办理")));
    members.put("history", ExtensionValue.array(history));
    ExtensionValue.JsonObject node = ExtensionValue.object(members);
    Reply.Builder builder = Reply.builder().putExtension("legacy", node);
    members.put("workflow", ExtensionValue.of("退回"));
    history.add(ExtensionValue.of("重新办理"));
    Reply reply = builder.build();
    assertThat(reply.extensions().get("legacy")).isEqualTo(node);
    assertThat(((ExtensionValue.JsonObject) reply.extensions().get("legacy")).get("history"))
        .isEqualTo(ExtensionValue.array(ExtensionValue.of("交办"), ExtensionValue.of("办理")));
  }

  @Test
  void extensionsMapIsCopiedByTheBuilder() {
    Map<String, ExtensionValue> values = new LinkedHashMap<>();
    values.put("legacy", legacy());
    Reply reply = Reply.builder().extensions(values).build();
    values.put("other", ExtensionValue.of("x"));
    values.remove("legacy");
    assertThat(reply.extensions()).containsOnlyKeys("legacy");
    assertThat(reply.extensions().get("legacy")).isEqualTo(legacy());
  }

  @Test
  void extensionsMapReplacesEarlierExtensions() {
    Reply reply = Reply.builder()
        .putExtension("old", ExtensionValue.of("x"))
        .extensions(Map.of("legacy", legacy()))
        .build();
    assertThat(reply.extensions()).containsOnlyKeys("legacy");
  }

  @Test
  void extensionsKeepInsertionOrder() {
    Reply reply = Reply.builder()
        .putExtension("zeta", ExtensionValue.of("1"))
        .putExtension("alpha", ExtensionValue.of(2))
        .putExtension("中文键", ExtensionValue.of(true))
        .putExtension("mid", ExtensionValue.nullValue())
        .build();
    assertThat(reply.extensions().keySet()).containsExactly("zeta", "alpha", "中文键", "mid");
    assertThat(reply.extensions().get("mid")).isEqualTo(ExtensionValue.nullValue());
  }

  // ---- toBuilder ----

  @Test
  void toBuilderRoundTrips() {
    Reply reply = pingjiang();
    Reply copy = reply.toBuilder().build();
    assertThat(copy).isEqualTo(reply).hasSameHashCodeAs(reply);
    assertThat(copy.extensions()).isEqualTo(reply.extensions());
    assertThat(copy.toString()).isEqualTo(reply.toString());
    Reply empty = Reply.builder().build();
    assertThat(empty.toBuilder().build()).isEqualTo(empty);
  }

  @Test
  void toBuilderMakesAModifiedCopyAndLeavesTheOriginalAlone() {
    Reply reply = pingjiang();
    Reply changed = reply.toBuilder().disclosure(Disclosure.ON_REQUEST).putExtension("legacy2", legacy()).build();
    assertThat(changed.disclosure()).contains(Disclosure.ON_REQUEST);
    assertThat(changed.extensions()).containsOnlyKeys("legacy", "legacy2");
    assertThat(reply.disclosure()).contains(Disclosure.PUBLIC);
    assertThat(reply.extensions()).containsOnlyKeys("legacy");
    assertThat(changed.issuer()).isEqualTo(reply.issuer());
    assertThat(changed.body()).isEqualTo(reply.body());
  }

  // ---- equals / hashCode ----

  @Test
  void samePartsAreEqual() {
    Reply a = pingjiang();
    Reply b = pingjiang();
    assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Reply.builder().build()).isEqualTo(Reply.builder().build());
  }

  @Test
  void anyDifferingPartMakesRepliesUnequal() {
    Reply base = pingjiang();
    List<UnaryOperator<Reply.Builder>> changes = List.of(
        b -> b.issuer("平江县交通运输局"),
        b -> b.documentNumber(DocumentNumber.of("平政字", 2024, 13)),
        b -> b.resultClass(ResultClass.of('B')),
        b -> b.disclosure(Disclosure.NOT_PUBLIC),
        b -> b.title("平江县人民政府关于岳阳市九届人大四次会议第241号建议的答复"),
        b -> b.motion(Motion.builder().from(MOTION).number("82").build()),
        b -> b.addressee(Addressee.builder().from(ZHANG_LIANG).statedCount(1).build()),
        b -> b.body(Body.builder().from(BODY).addClosing("特此答复。").build()),
        b -> b.signature("平江县政府"),
        b -> b.date(LocalDate.of(2024, 5, 21)),
        b -> b.addContact(Contact.of(ContactRole.HANDLER, "张湘平")),
        b -> b.addCopyTo("省政府办公厅"),
        b -> b.addNote("传真: 0730-6222076"),
        b -> b.addUnrecognized(UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 80, List.of("附件：征询意见表"))),
        b -> b.putExtension("legacy", legacy("退回")),
        b -> b.putExtension("another", ExtensionValue.of("x")));
    for (UnaryOperator<Reply.Builder> change : changes) {
      Reply changed = change.apply(base.toBuilder()).build();
      assertThat(changed).isNotEqualTo(base);
      assertThat(base).isNotEqualTo(changed);
    }
  }

  @Test
  void absentAndPresentPartsAreUnequal() {
    Reply base = pingjiang();
    Reply.Builder withoutIssuer = Reply.builder().from(Reply.builder().build());
    assertThat(withoutIssuer.build()).isNotEqualTo(base);
    Reply noExtensions = Reply.builder()
        .issuer("平江县人民政府").documentNumber(NUMBER).resultClass(CLASS_A2).disclosure(Disclosure.PUBLIC)
        .title("平江县人民政府对岳阳市九届人大四次会议第241号建议的答复").motion(MOTION).addressee(ZHANG_LIANG)
        .body(BODY).signature("平江县人民政府").date(LocalDate.of(2024, 5, 20)).addContacts(ZHU_YUAN, HE_YONG)
        .addCopyTo("岳阳市人大常委会选举任免联络工作委员会").addNote("此件主动公开").addUnrecognized(METADATA)
        .build();
    assertThat(noExtensions).isNotEqualTo(base);
    assertThat(noExtensions.toBuilder().putExtension("legacy", legacy()).build()).isEqualTo(base);
  }
}
