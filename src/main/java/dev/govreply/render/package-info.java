/**
 * Replies rendered as the documents offices print and publish, in the layout of GB/T 9704-2012
 * (党政机关公文格式): {@link dev.govreply.render.HtmlRenderer} writes one self-contained HTML file
 * with a print stylesheet, {@link dev.govreply.render.DocxRenderer} a Word document (with Apache
 * POI, an optional dependency). {@link dev.govreply.render.RenderStyle} holds the page, the fonts and
 * sizes per element and the optional blocks, with the standard as its default.
 *
 * <p>Every rendering has the lines of {@link dev.govreply.text.ReplyLayout}, in its order, so its
 * text, extracted and read by {@link dev.govreply.text.ReplyTextReader}, gives the reply back.
 * A reply holding a character a format cannot hold (a control character, a lone surrogate) is
 * refused with a message naming the line, never rendered with the character dropped or
 * replaced.
 */
package dev.govreply.render;
