package dev.govreply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A committed file of digest lines ({@code NAME digest}), compared line by line with the digests a
 * test computes: the safety net of the text reader's mutants and of the importer's runs.
 */
public final class GoldenDigests {
  private GoldenDigests() {}

  /** The first 12 bytes of the SHA-256 of {@code s} (UTF-8), in hex: one line's digest. */
  public static String digest(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes {@code actual} to {@code file}.
   *
   * @param file the committed digest file
   * @param actual the digest lines
   * @throws IOException when the file cannot be written
   */
  public static void write(Path file, List<String> actual) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
  }

  /**
   * The names of the lines of {@code actual} that differ from {@code file}, line by line (a line
   * missing on either side differs).
   *
   * @param file the committed digest file
   * @param actual the digest lines computed now
   * @return the first word of each differing actual line ({@code (none)} when it is missing)
   * @throws IOException when the file cannot be read
   */
  public static List<String> differing(Path file, List<String> actual) throws IOException {
    List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String e = i < expected.size() ? expected.get(i) : "(none)";
      String a = i < actual.size() ? actual.get(i) : "(none)";
      if (!e.equals(a)) {
        differ.add(a.split(" ")[0]);
      }
    }
    return differ;
  }
}
