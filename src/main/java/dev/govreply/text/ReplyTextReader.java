package dev.govreply.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads reply documents from text as real documents have it (PDF and web captures, legacy
 * exports), placeholder until the reader lands.
 */
public final class ReplyTextReader {
  private ReplyTextReader() {}

  /** The shared reader with default settings. */
  public static ReplyTextReader standard() {
    return new ReplyTextReader();
  }

  /** Reads a string. */
  public ReadResult read(String text) {
    return LayoutReader.read(text, StandardCharsets.UTF_8);
  }

  static Charset utf8() {
    return StandardCharsets.UTF_8;
  }
}
