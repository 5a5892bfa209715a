package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The record sources tell a charset by govreply's one rule, as the text reader does. */
class CharsetsTest {
  private static final Charset BIG5 = Charset.forName("Big5");
  private static final String CSV = "文號,答覆日期\n萬榮縣人民政府辦公室,2024年3月1日\n";

  private static String read(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[256];
    for (int n; (n = r.read(buf)) > 0; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  @Test
  void big5IsDetectedAndSaidToBeAGuess() throws IOException {
    Charsets.Opened o = Charsets.open(new ByteArrayInputStream(CSV.getBytes(BIG5)), null, null);
    assertThat(o.charset()).isEqualTo(BIG5);
    assertThat(o.guess()).hasValueSatisfying(g -> {
      assertThat(g.charset()).isEqualTo(BIG5);
      assertThat(g.evidence()).startsWith("Big5: ").contains("common traditional hanzi");
    });
    assertThat(read(o.reader())).isEqualTo(CSV);
  }

  @Test
  void gb18030IsAGuessAndUtf8IsNot() throws IOException {
    Charsets.Opened gb = Charsets.open(new ByteArrayInputStream(CSV.getBytes(Charsets.GB18030)),
        null, null);
    assertThat(gb.charset()).isEqualTo(Charsets.GB18030);
    assertThat(gb.guess().orElseThrow().toText()).startsWith(
        "charset guessed: decoded as GB18030 (GB18030: ");
    assertThat(read(gb.reader())).isEqualTo(CSV);
    Charsets.Opened utf8 = Charsets.open(new ByteArrayInputStream(
        CSV.getBytes(StandardCharsets.UTF_8)), null, null);
    assertThat(utf8.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(utf8.guess()).isEmpty();
  }

  @Test
  void anUndecidableProbeAsksForTheCharsetUnlessOneIsGiven() throws IOException {
    byte[] b = "你好".getBytes(Charsets.GB18030);
    IOException e = catchThrowableOfType(IOException.class,
        () -> Charsets.open(new ByteArrayInputStream(b), null, null));
    assertThat(e).hasMessageContaining("--charset");
    assertThat(read(Charsets.open(new ByteArrayInputStream(b), Charsets.GB18030, null).reader()))
        .isEqualTo("你好");
  }
}
