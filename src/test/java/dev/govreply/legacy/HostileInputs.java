package dev.govreply.legacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Hostile legacy inputs built in memory for the tests: a ledger with every kind of malformed
 * record, and streams that produce huge cells without holding them.
 */
final class HostileInputs {
  private HostileInputs() {}

  /** A valid ledger row of the example's header, one line, numbered {@code k}. */
  static String row(int k) {
    return k + ",平交复函〔2021〕" + k + "号,A,同意公开,张亮," + k + ",岳阳市九届人大四次会议,关于加快农村公路提质改造的建议,"
        + "您提出的建议收悉，现答复如下：今年计划完成农村公路提质改造120公里。,平江县交通运输局,朱远,何勇,0730-6222076,"
        + "2021年7月6日,李娟,已办结";
  }

  /**
   * A ledger of generated rows (multi-line quoted bodies, CRLF) with, in between, every kind of
   * malformed record: a row with too few and one with too many values, text after a closing
   * quote, undecodable bytes, blank lines, a value over the cell limit, a row over the column
   * limit, a lone CR as a line end, and at the end a quote that is never closed.
   *
   * @return the UTF-8 bytes
   */
  static byte[] ledger(int rows, long seed) {
    StringWriter w = new StringWriter();
    try {
      LedgerRowsGenerator.write(w, rows, seed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = w.toString();
    int afterHeader = text.indexOf("\r\n") + 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text.substring(0, afterHeader).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(("1,2,3\r\n\r\n  \r\n" + row(900_001) + ",extra\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(("901,平交复函〔2021〕901号,\"A\"x,同意公开\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(row(902).replace("已办结", "").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, '\r', '\n'});
    out.writeBytes((row(903).replace("已办结", "x".repeat(RecordSource.MAX_CELL_CHARS + 1)) + "\r")
        .getBytes(StandardCharsets.UTF_8));
    out.writeBytes((row(904) + ",".repeat(RecordSource.MAX_COLUMNS) + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(text.substring(afterHeader).getBytes(StandardCharsets.UTF_8));
    out.writeBytes((row(905).replace(",已办结", ",\"已办结") + "\r\n" + row(906) + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** The number of physical lines of {@code bytes} (LF, CR LF or CR end a line). */
  static long lines(byte[] bytes) {
    long n = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
        n++;
      }
    }
    return bytes.length > 0 && bytes[bytes.length - 1] != '\n' && bytes[bytes.length - 1] != '\r'
        ? n + 1 : n;
  }

  /**
   * {@code head}, then {@code length} bytes of {@code fill} repeated, then {@code tail}: a stream
   * that produces a huge cell without holding it.
   */
  static InputStream stream(byte[] head, byte fill, long length, byte[] tail) {
    return new InputStream() {
      private long pos;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        long total = head.length + length + tail.length;
        if (pos >= total) {
          return -1;
        }
        int n = 0;
        while (n < len && pos < total) {
          if (pos < head.length) {
            b[off + n] = head[(int) pos];
          } else if (pos < head.length + length) {
            b[off + n] = fill;
          } else {
            b[off + n] = tail[(int) (pos - head.length - length)];
          }
          n++;
          pos++;
        }
        return n;
      }
    };
  }
}
