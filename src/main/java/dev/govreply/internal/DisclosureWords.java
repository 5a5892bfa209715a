package dev.govreply.internal;

import java.util.List;

/**
 * The words a disclosure mark (公开属性) is made of that both the model ({@code Disclosure}
 * reading a mark) and the text reader (finding marks in a line) use, each listed once.
 */
public final class DisclosureWords {
  private DisclosureWords() {}

  /**
   * The labels of a disclosure attribute (公开属性：依申请公开), including the 信息公开选项 that a
   * document's closing notes (版记) print; a label that ends another is listed after it.
   */
  public static final List<String> ATTRIBUTES = List.of("公开属性", "公开方式", "公开形式", "公开类型",
      "信息公开选项", "公开选项");

  /**
   * Who a qualified mark speaks of (此件主动公开), a longer subject before one it starts with
   * (此答复件 before 此答复).
   */
  public static final List<String> SUBJECTS = List.of("此答复件", "此回复件", "此答复", "此复函", "本答复",
      "此文件", "本文件", "此件", "本件");
}
