package dev.govreply.conformance;

/**
 * The numeric ordering of model paths shared by {@link Violation#ORDER} and
 * {@link ConformanceReport#ORDER}: list indexes compare as numbers, so {@code measures[2]} comes
 * before {@code measures[10]}.
 */
final class PathOrder {
  private PathOrder() {}

  /** The path with every run of digits left-padded, so that string order is numeric order. */
  static String sortKey(String path) {
    StringBuilder sb = new StringBuilder(path.length() + 16);
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i;
        while (j < path.length() && path.charAt(j) >= '0' && path.charAt(j) <= '9') {
          j++;
        }
        for (int pad = j - i; pad < 12; pad++) {
          sb.append('0');
        }
        sb.append(path, i, j);
        i = j;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }
}
