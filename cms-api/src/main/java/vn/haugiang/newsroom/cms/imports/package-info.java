/**
 * Turning an uploaded .docx, .odt, .pdf, .html or .txt file into a draft article: type detection,
 * isolated and time-limited parsing with Apache Tika, and clean body HTML.
 *
 * <p>The entry point is {@link vn.haugiang.newsroom.cms.imports.DocumentImporter}; it neither stores
 * anything nor knows about HTTP. Sources: Apache Tika 3.3.1 API documentation,
 * <a href="https://tika.apache.org/3.3.1/api/">https://tika.apache.org/3.3.1/api/</a>, in particular
 * {@code org.apache.tika.fork.ForkParser} and {@code org.apache.tika.parser.AutoDetectParser}.
 */
@NullMarked
package vn.haugiang.newsroom.cms.imports;

import org.jspecify.annotations.NullMarked;
