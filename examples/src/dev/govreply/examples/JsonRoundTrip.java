package dev.govreply.examples;

import dev.govreply.json.ReplyJson;
import dev.govreply.model.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes a reply as JSON and reads it back. {@link ReplyJson#standard()} is a shared, thread-safe
 * codec: {@code write} gives canonical UTF-8 bytes (the same reply always gives the same bytes),
 * {@code writePretty} an indented form for people, and {@code read} (bytes, text or a file) gives
 * back an equal reply.
 */
public final class JsonRoundTrip {

  private JsonRoundTrip() {}

  /** Runs the example. */
  public static void main(String[] args) throws IOException {
    Reply reply = FoundingExample.reply();
    ReplyJson json = ReplyJson.standard();

    byte[] bytes = json.write(reply);
    System.out.println("Wrote " + bytes.length + " bytes of canonical JSON");
    Reply back = json.read(bytes);
    System.out.println("Read back an equal reply: " + back.equals(reply));
    System.out.println("Same bytes when written again: " + Arrays.equals(bytes, json.write(back)));

    String pretty = json.writePretty(reply);
    System.out.println("Pretty form: " + pretty.lines().count() + " lines, starting "
        + pretty.lines().skip(1).findFirst().orElseThrow().strip());
    Path file = Files.createTempFile("reply", ".json");
    Files.writeString(file, pretty);
    System.out.println("Read from a file, equal: " + json.read(file).equals(reply));
    Files.delete(file);
  }
}
