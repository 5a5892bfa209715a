package dev.govreply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A committed file of digest lines ({@code NAME digest}), compared by name with the digests a test
 * computes: the safety net of the text reader's mutants and of the importer's runs.
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
   * The names of the lines of {@code actual} whose digest differs from the line of the same name
   * in {@code file}, or that {@code file} lacks, then the names {@code file} has and {@code actual}
   * lacks: lines are matched by name, so a document added or removed changes no other's line.
   *
   * @param file the committed digest file
   * @param actual the digest lines computed now ({@code NAME digest}, names unique)
   * @return the name of each differing or new actual line, then each removed one followed by
   *     {@code (removed)}
   * @throws IOException when the file cannot be read
   */
  public static List<String> differing(Path file, List<String> actual) throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      expected.put(line.split(" ")[0], line);
    }
    List<String> differ = new ArrayList<>();
    for (String a : actual) {
      String name = a.split(" ")[0];
      if (!a.equals(expected.remove(name))) {
        differ.add(name);
      }
    }
    expected.keySet().forEach(name -> differ.add(name + " (removed)"));
    return differ;
  }
}
