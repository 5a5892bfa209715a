package dev.govreply.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.govreply.model.Reply;
import dev.govreply.testing.SampleDocuments;
import dev.govreply.text.CanonicalReplyGenerators;
import dev.govreply.text.ReplyTextReader;
import dev.govreply.text.ReplyTextWriter;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The round trip every format is held to: a rendering's text, as the format's parser extracts
 * it, read by the text reader, gives the reply back.
 */
final class ReadsBack {
  private static final ReplyTextReader READER = ReplyTextReader.standard();

  /**
   * Samples whose reply is not read back from its canonical text either, so not from its
   * rendering: the rendering reads back as the canonical text does (asserted), which is where
   * they differ from the reply (see each).
   */
  static final Set<String> NOT_READ_BACK_FROM_TEXT = Set.of();

  private ReadsBack() {}

  static List<String> samples() {
    return SampleDocuments.names();
  }

  /**
   * A sample's reply, rendered and its text extracted, reads back as its canonical text does,
   * and as the reply itself unless listed in {@link #NOT_READ_BACK_FROM_TEXT}.
   */
  static void sample(String name, Function<Reply, String> textOfRendering) {
    Reply reply = SampleDocuments.read(name).reply();
    Reply back = READER.read(textOfRendering.apply(reply)).reply();
    assertThat(back).as(name + ": as from the canonical text")
        .isEqualTo(READER.read(ReplyTextWriter.standard().write(reply)).reply());
    if (NOT_READ_BACK_FROM_TEXT.contains(name)) {
      assertThat(back).as(name + ": listed as not read back").isNotEqualTo(reply);
      return;
    }
    assertThat(back).as(name).isEqualTo(reply);
  }

  /**
   * Generated replies, rendered and their text extracted, read back equal: {@value
   * #DEFAULT_EXAMPLES} in the default build, as many as {@code -Drender.examples=N} asks (the
   * proof of issue 16 ran 1,000 per format).
   */
  static void generated(Function<Reply, String> textOfRendering) {
    int examples = Integer.getInteger("render.examples", DEFAULT_EXAMPLES);
    qt().withExamples(examples).forAll(CanonicalReplyGenerators.replies()).checkAssert(reply -> {
      String text = textOfRendering.apply(reply);
      assertThat(READER.read(text).reply()).as(text).isEqualTo(reply);
    });
  }

  /** Generated replies per format when {@code -Drender.examples} is not given. */
  static final int DEFAULT_EXAMPLES = 250;
}
