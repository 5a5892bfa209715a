/**
 * Replies rendered as the documents offices print and publish, in the layout of GB/T 9704-2012
 * (党政机关公文格式): {@link dev.govreply.render.HtmlRenderer} writes one self-contained HTML file
 * with a print stylesheet. {@link dev.govreply.render.RenderStyle} holds the page, the fonts and
 * sizes per element and the optional blocks, with the standard as its default.
 *
 * <p>Every rendering has the lines of {@link dev.govreply.text.ReplyLayout}, in its order, so its
 * text, extracted and read by {@link dev.govreply.text.ReplyTextReader}, gives the reply back.
 */
package dev.govreply.render;
