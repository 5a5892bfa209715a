package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every string of a reply is at most {@link Limits#MAX_STRING_LENGTH} chars: each value type
 * refuses a longer one with a {@link MalformedValueException} naming the field and the length.
 */
class LimitsTest {
  private static final String LONGEST = "字".repeat(Limits.MAX_STRING_LENGTH);
  private static final String TOO_LONG = LONGEST + "字";

  /** Each string field of the model, as a builder of a value holding {@code s} there. */
  private static Map<String, Function<String, Object>> fields() {
    Map<String, Function<String, Object>> m = new LinkedHashMap<>();
    m.put("issuer", s -> Reply.builder().issuer(s).build());
    m.put("signer", s -> Reply.builder().signer(s).build());
    m.put("title", s -> Reply.builder().title(s).build());
    m.put("signature", s -> Reply.builder().signature(s).build());
    m.put("copyTo[1]", s -> Reply.builder().addCopyTo("县政府办", s).build());
    m.put("notes[0]", s -> Reply.builder().addNotes(s).build());
    m.put("extensions", s -> Reply.builder().putExtension(s, ExtensionValue.of("x")).build());
    m.put("body.opening", s -> Body.builder().opening(s).build());
    m.put("body.context[0]", s -> Body.builder().addContext(s).build());
    m.put("body.closing[0]", s -> Body.builder().addClosing(s).build());
    m.put("measure.heading", s -> Measure.builder().ordinal(1).heading(s).build());
    m.put("measure.paragraphs[0]", s -> Measure.builder().ordinal(1).addParagraphs(s).build());
    m.put("point.heading", s -> Point.builder().ordinal(1).heading(s).build());
    m.put("point.paragraphs[0]", s -> Point.builder().ordinal(1).addParagraphs(s).build());
    m.put("commitment.heading", s -> Commitment.builder().ordinal(1).heading(s).build());
    m.put("commitment.paragraphs[0]",
        s -> Commitment.builder().ordinal(1).addParagraphs(s).build());
    m.put("commitments.intro[0]", s -> Commitments.builder().addIntro(s).build());
    m.put("contact.name", s -> Contact.of(ContactRole.HANDLER, s));
    m.put("contact.unit", s -> Contact.builder().role(ContactRole.HANDLER).name("何勇").unit(s)
        .build());
    m.put("addressee.salutation", s -> Addressee.builder().salutation(s).build());
    m.put("addressee.names[0]", s -> Addressee.builder().addNames(s).build());
    m.put("motion.title", s -> Motion.builder().title(s).build());
    m.put("unrecognized.lines[0]", s -> UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 1,
        List.of(s)));
    return m;
  }

  @Test
  void everyStringFieldRefusesAStringLongerThanTheLimitNamingTheFieldAndTheLength() {
    fields().forEach((field, make) -> {
      MalformedValueException e = catchThrowableOfType(MalformedValueException.class,
          () -> make.apply(TOO_LONG));
      assertThat(e).as(field).isNotNull();
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.reason()).contains(Integer.toString(Limits.MAX_STRING_LENGTH + 1))
          .contains(Integer.toString(Limits.MAX_STRING_LENGTH))
          .contains("Limits.MAX_STRING_LENGTH");
      // the message shows the start of the string, not a million characters
      assertThat(e.getMessage()).as(field).hasSizeLessThan(400);
    });
  }

  @Test
  void aStringAsLongAsTheLimitIsHeld() {
    fields().forEach((field, make) ->
        assertThatCode(() -> make.apply(LONGEST)).as(field).doesNotThrowAnyException());
  }

  @Test
  void theMotionNumberIsCheckedToo() {
    // its own rules may refuse a long number first; either way the value cannot exist
    assertThat(catchThrowableOfType(MalformedValueException.class,
        () -> Motion.builder().number("1".repeat(Limits.MAX_STRING_LENGTH + 1)).build()))
        .isNotNull();
  }
}
