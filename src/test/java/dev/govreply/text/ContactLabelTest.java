package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.ContactRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The labels of a contact block as {@link ContactLabel#in(String)} finds them in a line. */
class ContactLabelTest {

  @Test
  void labelsOfATwoColumnLineAreFoundAfterTheValueBeforeThem() {
    String line = "承办人：李娜联系电话：0738-4567890";
    List<ContactLabel> labels = ContactLabel.in(line);
    assertThat(labels).extracting(ContactLabel::printed).containsExactly("承办人", "联系电话");
    assertThat(labels.get(0).role()).isEqualTo(ContactRole.HANDLER);
    assertThat(labels.get(1).kind()).isEqualTo(ContactLabel.Kind.PHONE);
    assertThat(line.substring(labels.get(1).start(), labels.get(1).end())).isEqualTo("联系电话：");
  }

  @Test
  void aLabelEndsARunOfHanCharactersLongerThanALabel() {
    // the label is among the last twelve characters before the colon, not the whole run
    String line = "此件经核实后由我局统一办理完毕现请联系人：张三";
    List<ContactLabel> labels = ContactLabel.in(line);
    assertThat(labels).extracting(ContactLabel::printed).containsExactly("联系人");
    assertThat(labels.get(0).start()).isEqualTo(line.indexOf("联系人"));
  }

  /**
   * A phone's label and the fax's together label one number, the contact's phone (corpus lr 6525:
   * 联系电话及传真: 63163161 below 联系人:孔维光, a letter without signature); the fax's alone is a note.
   */
  @Test
  void aPhoneAndFaxLabelTogetherLabelThePhone() {
    for (String label : List.of("联系电话及传真", "电话/传真", "电话、传真", "联系电话传真",
        "传真及电话", "传真/电话")) { // either order (review: 传真及电话 had made a contact of itself)
      assertThat(ContactLabel.in(label + "：63163161")).as(label).singleElement()
          .satisfies(l -> assertThat(l.kind()).isEqualTo(ContactLabel.Kind.PHONE));
    }
    assertThat(ContactLabel.in("传真：63163161")).singleElement()
        .satisfies(l -> assertThat(l.kind()).isEqualTo(ContactLabel.Kind.NOTE));
    for (String label : List.of("联系电话及传真", "传真及电话", "传真/电话")) {
      ReadResult r = LayoutReaderTest.read("张映坤代表：\n您提出的建议收悉，现答复如下：已办。\n"
          + "联系人：孔维光\n" + label + "：63163161\n");
      assertThat(r.reply().contacts()).as(label).singleElement().satisfies(c -> {
        assertThat(c.name()).contains("孔维光");
        assertThat(c.phone().map(Object::toString)).contains("63163161");
      });
    }
  }

  @Test
  void aColonAfterADigitIsNoLabelAndTheNextColonIsStillRead() {
    String line = "时间 9:30 联系人：王五";
    assertThat(ContactLabel.in(line)).extracting(ContactLabel::printed).containsExactly("联系人");
  }

  @Test
  void spacedLabelCharactersBeforeTheColonAreOneLabel() {
    String line = "联 系 人 ：赵六";
    List<ContactLabel> labels = ContactLabel.in(line);
    assertThat(labels).hasSize(1);
    assertThat(labels.get(0).role()).isEqualTo(ContactRole.HANDLER);
    assertThat(labels.get(0).start()).isZero();
  }

  @Test
  void aLongParagraphWithColonsHoldsNoLabel() {
    String paragraph = "您提出的关于修缮西大桥道路和路灯的意见建议已收悉现答复如下："
        + "我县已安排交通局对危桥改造工程进行建设目前已完成两座桥的设计和招标工作".repeat(4)
        + "具体如下：路旁两侧增设路灯已投入使用。";
    assertThat(ContactLabel.in(paragraph)).isEmpty();
  }
}
