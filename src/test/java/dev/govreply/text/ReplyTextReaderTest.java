package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.govreply.model.Reply;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReplyTextReaderTest {

  static final Charset GB18030 = Charset.forName("GB18030");
  static final String FOUNDING = "00-pingjiang-xzf-jy241.txt";
  static final ReplyTextReader READER = ReplyTextReader.standard();

  static String sample(String name) {
    try (InputStream in = ReplyTextReaderTest.class.getResourceAsStream("/samples/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<String> samples() {
    return Stream.of("00-pingjiang-xzf-jy241.txt", "01-nangong-jtj-jy46.txt",
        "07-tongguan-mzj-ta52.txt", "14-baoji-sthj-ta225-TRUNC.txt",
        "32-wanrong-xzfb-ta52224-trad.txt");
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  /** The encodings a document arrives in, and the charset the report must name. */
  record Encoded(String label, byte[] bytes, Charset reported) {}

  static List<Encoded> encodings(String text) {
    return List.of(
        new Encoded("UTF-8", text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
        new Encoded("UTF-8 + BOM", concat(bytes(0xEF, 0xBB, 0xBF),
            text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8),
        new Encoded("UTF-16LE + BOM", concat(bytes(0xFF, 0xFE),
            text.getBytes(StandardCharsets.UTF_16LE)), StandardCharsets.UTF_16LE),
        new Encoded("UTF-16BE + BOM", concat(bytes(0xFE, 0xFF),
            text.getBytes(StandardCharsets.UTF_16BE)), StandardCharsets.UTF_16BE),
        new Encoded("GB18030", text.getBytes(GB18030), GB18030));
  }

  // ------------------------------------------------------------------------------- charsets

  @ParameterizedTest
  @MethodSource("samples")
  void everyCharsetGivesTheSameReplyAsTheString(String name) throws IOException {
    String text = sample(name);
    ReadResult fromString = READER.read(text);
    for (Encoded e : encodings(text)) {
      ReadResult r = READER.read(e.bytes());
      assertThat(r.report().charset()).as(e.label()).isEqualTo(e.reported());
      assertThat(r.reply()).as(e.label()).isEqualTo(fromString.reply());
      assertThat(r.report().lines()).as(e.label()).isEqualTo(fromString.report().lines());
      // the decoded text, BOM excluded, is the text
      assertThat(joinLines(r.report())).as(e.label()).isEqualTo(joinLines(fromString.report()));
      assertThat(READER.read(new ByteArrayInputStream(e.bytes())).reply()).as(e.label())
          .isEqualTo(fromString.reply());
    }
  }

  static String joinLines(ReadReport report) {
    StringBuilder sb = new StringBuilder();
    report.lines().forEach(l -> sb.append(l.text()).append('\n'));
    return sb.toString();
  }

  @Test
  void decodedTextKeepsEveryCharAndDropsTheBom() {
    String text = "平江县人民政府\r\n平政字〔2024〕12号 A2类\n𠀀 全角１２\n";
    for (Encoded e : encodings(text)) {
      ReadReport report = READER.read(e.bytes()).report();
      assertThat(report.lines()).as(e.label()).extracting(LineRecord::text)
          .containsExactly("平江县人民政府", "平政字〔2024〕12号 A2类", "𠀀 全角１２");
    }
  }

  @Test
  void pureAsciiAndEmptyInputAreReportedAsUtf8() {
    assertThat(READER.read("A2\n".getBytes(StandardCharsets.US_ASCII)).report().charset())
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(READER.read(new byte[0]).report().charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void gb18030WithItsOwnBomIsReadWithoutIt() {
    byte[] bom = "\uFEFF".getBytes(GB18030);
    assertThat(bom).containsExactly(bytes(0x84, 0x31, 0x95, 0x33));
    ReadResult r = READER.read(concat(bom, "平江县人民政府".getBytes(GB18030)));
    assertThat(r.report().charset()).isEqualTo(GB18030);
    assertThat(r.report().lines()).extracting(LineRecord::text).containsExactly("平江县人民政府");
  }

  @Test
  void explicitCharsetIsUsedWithoutDetection() {
    String text = sample(FOUNDING);
    ReplyTextReader gb = ReplyTextReader.builder().charset(GB18030).build();
    ReadResult r = gb.read(text.getBytes(GB18030));
    assertThat(r.report().charset()).isEqualTo(GB18030);
    assertThat(r.reply()).isEqualTo(READER.read(text).reply());

    ReplyTextReader le = ReplyTextReader.builder().charset(StandardCharsets.UTF_16LE).build();
    // a BOM of the explicit charset is skipped; without one the text is still read
    assertThat(le.read(concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)))
        .reply()).isEqualTo(READER.read(text).reply());
    assertThat(le.read(text.getBytes(StandardCharsets.UTF_16LE)).reply())
        .isEqualTo(READER.read(text).reply());
    assertThat(gb.charset()).contains(GB18030);
    assertThat(READER.charset()).isEmpty();
  }

  @Test
  void explicitWrongCharsetIsAnErrorWithTheOffset() {
    // GB18030 bytes read as UTF-8: the first Chinese byte is invalid
    byte[] gbBytes = "AB啊".getBytes(GB18030); // 41 42 B0 A1: B0 cannot start UTF-8
    ReplyTextReader utf8 = ReplyTextReader.builder().charset(StandardCharsets.UTF_8).build();
    TextReadException e = catchThrowableOfType(TextReadException.class,
        () -> utf8.read(gbBytes));
    assertThat(e.byteOffset()).isEqualTo(2);
    assertThat(e.getMessage()).contains("UTF-8").contains("at byte 2");

    // an odd number of bytes in UTF-16: the last byte is a truncated unit
    ReplyTextReader utf16 = ReplyTextReader.builder().charset(StandardCharsets.UTF_16BE).build();
    TextReadException odd = catchThrowableOfType(TextReadException.class,
        () -> utf16.read(bytes(0x5E, 0x73, 0x6C)));
    assertThat(odd.byteOffset()).isEqualTo(2);

    // US-ASCII cannot hold 平
    ReplyTextReader ascii = ReplyTextReader.builder().charset(StandardCharsets.US_ASCII).build();
    assertThat(catchThrowableOfType(TextReadException.class,
        () -> ascii.read("平".getBytes(StandardCharsets.UTF_8))).byteOffset()).isZero();
  }

  @Test
  void bytesValidInNoCharsetAreAnErrorAtTheFirstInvalidUtf8Byte() {
    // 0xFF is invalid in UTF-8 and in GB18030
    byte[] input = concat("平江\n".getBytes(StandardCharsets.UTF_8), bytes(0xFF, 0x41));
    TextReadException e = catchThrowableOfType(TextReadException.class,
        () -> READER.read(input));
    assertThat(e.byteOffset()).isEqualTo(7);
    assertThat(e.reason()).contains("UTF-8").contains("GB18030").contains("FF");
    assertThat(e.getMessage()).endsWith("(at byte 7)");

    // valid GB18030 up to a bad trail byte, after the first invalid UTF-8 byte
    byte[] gbThenBad = concat("AB啊".getBytes(GB18030), bytes(0x81, 0x7F));
    TextReadException e2 = catchThrowableOfType(TextReadException.class,
        () -> READER.read(gbThenBad));
    assertThat(e2.byteOffset()).isEqualTo(2);
    assertThat(e2.reason()).contains("at byte 4");
  }

  @Test
  void invalidBytesAfterABomAreReportedAtTheirOffsetInTheInput() {
    byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), bytes(0x41, 0xC3, 0x28));
    TextReadException e = catchThrowableOfType(TextReadException.class,
        () -> READER.read(input));
    assertThat(e.byteOffset()).isEqualTo(4);
    assertThat(e.reason()).contains("UTF-8").contains("byte order mark");

    // an unpaired high surrogate in UTF-16LE
    byte[] lone = concat(bytes(0xFF, 0xFE, 0x41, 0x00), bytes(0x00, 0xD8, 0x41, 0x00));
    assertThat(catchThrowableOfType(TextReadException.class, () -> READER.read(lone))
        .byteOffset()).isEqualTo(4);
  }

  @Test
  void utf8EncodedSurrogatesAndOverlongFormsAreNotUtf8() {
    // an overlong '/' (C0 AF) is invalid UTF-8 (though valid GB18030, 0xFF after it is not)
    assertThat(catchThrowableOfType(TextReadException.class,
        () -> READER.read(bytes(0x41, 0xC0, 0xAF, 0xFF))).byteOffset()).isEqualTo(1);
    // a UTF-8-encoded surrogate (CESU, ED A0 80) is not UTF-8, and 80 is not GB18030
    assertThat(catchThrowableOfType(TextReadException.class,
        () -> READER.read(bytes(0xED, 0xA0, 0x80, 0x41))).byteOffset()).isZero();
  }

  // --------------------------------------------------------------------------------- limits

  @Test
  void bytesOverTheLimitAreRefusedBeforeDecoding() {
    ReplyTextReader small = ReplyTextReader.builder().maxBytes(10).build();
    assertThat(small.read(new byte[10]).reply()).isNotNull();
    TextReadException e = catchThrowableOfType(TextReadException.class,
        () -> small.read(bytes(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF)));
    assertThat(e.byteOffset()).isEqualTo(-1);
    assertThat(e.getMessage()).isEqualTo("input is 11 bytes, over the limit of 10");
  }

  @Test
  void fileOverTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.txt");
    Files.write(file, new byte[11]);
    ReplyTextReader small = ReplyTextReader.builder().maxBytes(10).build();
    TextReadException e = catchThrowableOfType(TextReadException.class, () -> small.read(file));
    assertThat(e.byteOffset()).isEqualTo(-1);
    assertThat(e.getMessage()).isEqualTo("input is 11 bytes, over the limit of 10");
  }

  @Test
  void streamIsReadUpToTheLimitAndNoFurther() {
    ReplyTextReader small = ReplyTextReader.builder().maxBytes(10).build();
    int[] served = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return 'A';
      }
    };
    TextReadException e = catchThrowableOfType(TextReadException.class,
        () -> small.read(endless));
    assertThat(e.byteOffset()).isEqualTo(-1);
    assertThat(e.getMessage()).contains("over the limit of 10");
    assertThat(served[0]).isEqualTo(11);
  }

  @Test
  void readerIsReadUpToTheLimitAndNoFurther() throws IOException {
    ReplyTextReader small = ReplyTextReader.builder().maxChars(5).build();
    assertThat(small.read(new StringReader("平江县政府")).report().lines()).hasSize(1);
    int[] served = {0};
    Reader endless = new Reader() {
      @Override
      public int read(char[] buf, int off, int len) {
        served[0] += len;
        java.util.Arrays.fill(buf, off, off + len, '平');
        return len;
      }

      @Override
      public void close() {}
    };
    TextReadException e = catchThrowableOfType(TextReadException.class,
        () -> small.read(endless));
    assertThat(e.byteOffset()).isEqualTo(-1);
    assertThat(e.getMessage()).isEqualTo("input is more than 5 chars, over the limit of 5");
    assertThat(served[0]).isEqualTo(6);
  }

  @Test
  void stringOverTheCharLimitIsRefused() {
    ReplyTextReader small = ReplyTextReader.builder().maxChars(3).build();
    assertThat(small.read("平江县").report().lines()).hasSize(1);
    assertThatThrownBy(() -> small.read("平江县人")).isInstanceOf(TextReadException.class)
        .hasMessage("input is 4 chars, over the limit of 3");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> ReplyTextReader.builder().maxBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes");
    assertThatThrownBy(() -> ReplyTextReader.builder().maxChars(Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxChars");
    assertThat(READER.maxBytes()).isEqualTo(8L * 1024 * 1024);
    assertThat(READER.maxChars()).isEqualTo(8L * 1024 * 1024);
  }

  // ---------------------------------------------------------------------- sources and edges

  @Test
  void pathStreamReaderBytesAndStringAgree(@TempDir Path dir) throws IOException {
    String text = sample(FOUNDING);
    Path file = dir.resolve("a.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Reply expected = READER.read(text).reply();
    assertThat(READER.read(file).reply()).isEqualTo(expected);
    assertThat(READER.read(new StringReader(text)).reply()).isEqualTo(expected);
    assertThat(READER.read(new StringReader("\uFEFF" + text)).reply()).isEqualTo(expected);
    assertThat(READER.read("\uFEFF" + text).reply()).isEqualTo(expected);
  }

  @Test
  void missingFileIsAnIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> READER.read(dir.resolve("nope.txt")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void emptyInputGivesAnEmptyReply() throws IOException {
    Reply empty = Reply.builder().build();
    for (ReadResult r : List.of(READER.read(""), READER.read(new byte[0]),
        READER.read(bytes(0xEF, 0xBB, 0xBF)), READER.read(bytes(0xFF, 0xFE)),
        READER.read(new StringReader("")), READER.read("\uFEFF"))) {
      assertThat(r.reply()).isEqualTo(empty);
      assertThat(r.report().lines()).isEmpty();
    }
  }

  @Test
  void oddTextsGiveAReplyAndEveryLineIsAccounted() {
    for (String s : List.of("\n\n\n", "\r", "\u2028\u2029\u0085", "\0\0平\0", "\uD800",
        "\uDC00平\uD800", "   \t  ", "一、\n一是\n（一）\n1.\n", "答 复\n复函\n", "\uFEFF\uFEFF")) {
      ReadReport report = READER.read(s).report();
      for (int i = 0; i < report.lines().size(); i++) {
        LineRecord line = report.lines().get(i);
        assertThat(line.number()).isEqualTo(i + 1);
        assertThat(line.unaccounted()).as("%s line %d", s, i + 1).isFalse();
      }
    }
  }

  @Test
  void oneReaderIsSafeToShareBetweenThreads() throws Exception {
    List<String> texts = samples().map(ReplyTextReaderTest::sample).toList();
    List<Reply> expected = texts.stream().map(t -> READER.read(t).reply()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int task = 0; task < 64; task++) {
        int i = task % texts.size();
        byte[] bytes = encodings(texts.get(i)).get(task % 5).bytes();
        futures.add(pool.submit(() -> READER.read(bytes).reply().equals(expected.get(i))
            && READER.read(texts.get(i)).reply().equals(expected.get(i))));
      }
      for (Future<Boolean> f : futures) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void toStringNamesTheSettings() {
    assertThat(READER.toString()).contains("detected").contains("8388608");
    assertThat(ReplyTextReader.standard()).isSameAs(READER);
  }
}
