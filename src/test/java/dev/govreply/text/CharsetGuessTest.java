package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text reader detects GB18030 and Big5 (a guess, reported as GR-TXT-090), on the samples
 * encoded in each: the reply is the one the UTF-8 text gives.
 */
class CharsetGuessTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");

  private static String sample(String name) throws Exception {
    return Files.readString(DocumentSets.SAMPLES.dir().resolve(name), StandardCharsets.UTF_8);
  }

  /** {@code text} in {@code cs}, each character it cannot hold replaced (by {@code ?}). */
  private static byte[] encode(String text, Charset cs) throws CharacterCodingException {
    ByteBuffer b = cs.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE)
        .encode(java.nio.CharBuffer.wrap(text));
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }

  private static List<Finding> guesses(ReadResult r) {
    return r.report().findings().stream().filter(f -> f.ruleId().equals("GR-TXT-090")).toList();
  }

  @Test
  void everySampleInGb18030ReadsAsInUtf8WithAFindingNamingTheCharset() throws Exception {
    for (Path p : DocumentSets.SAMPLES.documents()) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      ReadResult utf8 = ReplyTextReader.standard().read(text.getBytes(StandardCharsets.UTF_8));
      ReadResult gb = ReplyTextReader.standard().read(text.getBytes(GB18030));
      assertThat(gb.report().charset()).as(p.toString()).isEqualTo(GB18030);
      assertThat(gb.reply()).as(p.toString()).isEqualTo(utf8.reply());
      assertThat(guesses(utf8)).isEmpty();
      assertThat(guesses(gb)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).contains("GB18030").contains("common simplified hanzi");
      });
    }
  }

  @Test
  void theTraditionalSampleInBig5IsReadAsBig5NotAsGb18030Mojibake() throws Exception {
    String text = sample("32-wanrong-xzfb-ta52224-trad.txt");
    byte[] big5 = encode(text, BIG5); // its pinyin glosses (wàn) become (w?n)
    String asBig5 = new String(big5, BIG5);
    ReadResult r = ReplyTextReader.standard().read(big5);
    assertThat(r.report().charset()).isEqualTo(BIG5);
    assertThat(r.reply()).isEqualTo(ReplyTextReader.standard().read(asBig5).reply());
    assertThat(r.reply().issuer()).hasValueSatisfying(i -> assertThat(i).contains("萬榮縣"));
    assertThat(guesses(r)).singleElement().satisfies(f ->
        assertThat(f.message()).contains("Big5").contains("common traditional hanzi"));
    // and the same text in GB18030 is read as GB18030
    ReadResult gb = ReplyTextReader.standard().read(encode(text, GB18030));
    assertThat(gb.report().charset()).isEqualTo(GB18030);
    assertThat(gb.reply()).isEqualTo(ReplyTextReader.standard().read(text).reply());
  }

  @Test
  void utf8AndByteOrderMarksAreNoGuess() {
    byte[] utf8 = "张三代表：\n您好。\n".getBytes(StandardCharsets.UTF_8);
    assertThat(guesses(ReplyTextReader.standard().read(utf8))).isEmpty();
    byte[] bom = {(byte) 0x84, 0x31, (byte) 0x95, 0x33};
    byte[] gb = "张三代表：\n您好。\n".getBytes(GB18030);
    byte[] withBom = new byte[bom.length + gb.length];
    System.arraycopy(bom, 0, withBom, 0, 4);
    System.arraycopy(gb, 0, withBom, 4, gb.length);
    ReadResult r = ReplyTextReader.standard().read(withBom);
    assertThat(r.report().charset()).isEqualTo(GB18030);
    assertThat(r.report().lines().get(0).text()).isEqualTo("张三代表：");
    assertThat(guesses(r)).isEmpty();
    // a charset given is no guess either
    ReadResult given = ReplyTextReader.builder().charset(GB18030).build().read(gb);
    assertThat(guesses(given)).isEmpty();
  }

  @Test
  void bytesThatCannotBeToldApartAreRefusedAskingForTheCharset() {
    // 你好 in GB18030 is also valid Big5 (斕疑), and both are common hanzi of either script
    byte[] b = "你好".getBytes(GB18030);
    TextReadException e = catchThrowableOfType(TextReadException.class,
        () -> ReplyTextReader.standard().read(b));
    assertThat(e.getMessage()).contains("--charset").contains("GB18030").contains("Big5");
    // given, it reads
    assertThat(ReplyTextReader.builder().charset(GB18030).build().read(b).report().lines()
        .get(0).text()).isEqualTo("你好");
  }

  @Test
  void bytesValidInNoCharsetAreRefusedNamingEach() {
    byte[] b = {'a', (byte) 0xFF, (byte) 0xFF, 'b'};
    TextReadException e = catchThrowableOfType(TextReadException.class,
        () -> ReplyTextReader.standard().read(b));
    assertThat(e.getMessage()).contains("not UTF-8").contains("nor GB18030").contains("nor Big5")
        .contains("--charset");
    assertThat(e.byteOffset()).isEqualTo(1);
  }
}
