/**
 * Article-body HTML made safe: an explicit newsroom safelist applied with Jsoup, and a readable
 * list of what was removed so the editor can be told.
 *
 * <p>Entry point: {@link vn.haugiang.newsroom.cms.content.html.HtmlSanitizer}, configured by a
 * {@link vn.haugiang.newsroom.cms.content.html.HtmlPolicy} (bound from {@code newsroom.html.*} by
 * {@code HtmlSanitizerConfiguration}).
 *
 * <p>Sources: the Jsoup {@code Safelist} and {@code Cleaner} documentation (jsoup.org/apidocs),
 * the WHATWG URL standard (how browsers strip tabs and newlines from URLs and find the scheme), and
 * the OWASP XSS Filter Evasion Cheat Sheet, whose vectors the tests replay.
 */
@NullMarked
package vn.haugiang.newsroom.cms.content.html;

import org.jspecify.annotations.NullMarked;
