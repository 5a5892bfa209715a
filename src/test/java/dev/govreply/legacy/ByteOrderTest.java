package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Line ends are found in the bytes before decoding, so they must be looked for in the byte order
 * the text is decoded in: a CSV given as UTF-16 or UTF-32 is read in the order its byte order mark
 * declares. And a line end a charset decodes where the bytes have none is never dropped silently.
 */
class ByteOrderTest {
  private static final String CSV = "文号,标题\r\n平政字〔2024〕1号,标题甲\r\n平政字〔2024〕2号,标题乙\r\n";

  private static byte[] bytes(byte[] bom, String text, Charset cs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(text.getBytes(cs));
    return out.toByteArray();
  }

  private static List<RecordSource.Record> read(byte[] input, Charset given) {
    List<RecordSource.Record> records = new ArrayList<>();
    try (RecordSource s = RecordSource.csv(new ByteArrayInputStream(input), given)) {
      while (s.hasNext()) {
        records.add(s.next());
      }
      assertThat(s.failure()).isEmpty();
      assertThat(s.columns()).containsExactly("文号", "标题");
    }
    return records;
  }

  private static void bothRecordsRead(byte[] input, Charset given) {
    List<RecordSource.Record> records = read(input, given);
    assertThat(records).hasSize(2);
    assertThat(records.get(0).problems()).isEmpty();
    assertThat(records.get(0).values()).containsEntry("文号", "平政字〔2024〕1号")
        .containsEntry("标题", "标题甲");
    assertThat(records.get(1).values()).containsEntry("标题", "标题乙");
    assertThat(records.get(1).text().orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void utf16IsReadInTheByteOrderItsMarkDeclares() {
    Charset utf16 = StandardCharsets.UTF_16;
    bothRecordsRead(bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, CSV, StandardCharsets.UTF_16LE),
        utf16);
    bothRecordsRead(bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, CSV, StandardCharsets.UTF_16BE),
        utf16);
    bothRecordsRead(bytes(new byte[0], CSV, StandardCharsets.UTF_16BE), utf16); // no mark: BE
  }

  @Test
  void utf32IsReadInTheByteOrderItsMarkDeclares() {
    Charset utf32 = Charset.forName("UTF-32");
    bothRecordsRead(bytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, CSV,
        Charset.forName("UTF-32LE")), utf32);
    bothRecordsRead(bytes(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, CSV,
        Charset.forName("UTF-32BE")), utf32);
  }

  @Test
  void aLineEndDecodedWhereTheBytesHaveNoneIsARecordProblemNotLostText() {
    byte[] input = "a,b\n1,2\u00013,4\n5,6\n".getBytes(StandardCharsets.ISO_8859_1);
    try (RecordSource s = RecordSource.csv(new ByteArrayInputStream(input), new SohIsLf())) {
      RecordSource.Record r = s.next();
      assertThat(r.text().orElseThrow().text()).isEqualTo("1,2\n3,4");
      assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.reason())
          .isEqualTo("line 2 has a line end decoded in x-soh-is-lf where its bytes have none;"
              + " the 4 characters from it to the end of the line are not read as values (they"
              + " are in the raw text); the charset may not be the input's"));
      RecordSource.Record next = s.next();
      assertThat(next.problems()).isEmpty();
      assertThat(next.values()).containsEntry("a", "5").containsEntry("b", "6");
      assertThat(s.hasNext()).isFalse();
    }
  }

  /** ISO 8859-1, except that byte 01 decodes as LF (which is encoded as 0A). */
  private static final class SohIsLf extends Charset {
    SohIsLf() {
      super("x-soh-is-lf", new String[0]);
    }

    @Override
    public boolean contains(Charset cs) {
      return false;
    }

    @Override
    public CharsetDecoder newDecoder() {
      return new CharsetDecoder(this, 1, 1) {
        @Override
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
          while (in.hasRemaining()) {
            if (!out.hasRemaining()) {
              return CoderResult.OVERFLOW;
            }
            int b = in.get() & 0xFF;
            out.put(b == 1 ? '\n' : (char) b);
          }
          return CoderResult.UNDERFLOW;
        }
      };
    }

    @Override
    public CharsetEncoder newEncoder() {
      return new CharsetEncoder(this, 1, 1) {
        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
          while (in.hasRemaining()) {
            char c = in.get(in.position());
            if (c > 0xFF) {
              return CoderResult.unmappableForLength(1);
            }
            if (!out.hasRemaining()) {
              return CoderResult.OVERFLOW;
            }
            in.get();
            out.put((byte) c);
          }
          return CoderResult.UNDERFLOW;
        }
      };
    }
  }
}
