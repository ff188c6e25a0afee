package vn.haugiang.newsroom.cms.imports;

import java.io.InputStream;
import java.io.ObjectStreamClass;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.jspecify.annotations.Nullable;
import org.xml.sax.ContentHandler;

/**
 * The parser that runs in the forked JVM (or on a worker thread): detects the type from the bytes
 * with Tika's default detector (the file name only as a hint), refuses what we do not import,
 * parses the rest and turns every failure into a {@link ParseFailure} with its kind.
 *
 * <p>Detection happens here rather than in the service so that it too is isolated and time-limited:
 * container detection opens ZIP and OLE2 structures, which a malformed file can make expensive.
 * It is {@link java.io.Serializable} because {@code ForkParser} sends it to the child JVM, which
 * loads its classes (and Tika's) from this JVM's class loader through the fork protocol.
 */
final class ImportParser implements Parser {

    private static final long serialVersionUID = 1L;

    private final AutoDetectParser detecting;
    private final Parser delegate;
    private final String nonce;
    private final long maxImageBytes;
    private final long maxCharacters;

    /**
     * @param detecting gives the detector (and, usually, is also the delegate)
     * @param delegate parses the detected document; tests swap in a slow one
     */
    ImportParser(AutoDetectParser detecting, Parser delegate, String nonce, long maxImageBytes, long maxCharacters) {
        this.detecting = detecting;
        this.delegate = delegate;
        this.nonce = nonce;
        this.maxImageBytes = maxImageBytes;
        this.maxCharacters = maxCharacters;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return delegate.getSupportedTypes(context);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws TikaException {
        prepareFailureSerialisation();
        Optional<SupportedType> claimed = SupportedType.ofFileName(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
        @Nullable SupportedType type = null;
        try (TemporaryResources temporary = new TemporaryResources()) {
            TikaInputStream input = TikaInputStream.get(stream, temporary, metadata);
            MediaType detected = detecting.getDetector().detect(input, metadata).getBaseType();
            type = accept(detected, claimed);
            SupportedType imported = type;

            SideChannelHandler side = new SideChannelHandler(handler, nonce, maxCharacters);
            side.detectedType(imported.mediaType().toString());
            claimed.filter(name -> name != imported).ifPresent(name -> side.warn("the file name says " + name.label()
                    + " but the content is " + imported.label() + "; it was imported as " + imported.label()));
            context.set(EmbeddedDocumentExtractor.class, new ImageCollector(side, detecting.getDetector(), maxImageBytes));
            context.set(HtmlMapper.class, new ArticleHtmlMapper());
            delegate.parse(input, side, metadata, context);
        } catch (ParseFailure failure) {
            throw failure;
        } catch (Exception | StackOverflowError e) {
            // Everything leaves as a ParseFailure: across the fork, an IOException would look like
            // a failure of the service rather than of the file.
            throw classify(e, type, claimed);
        }
    }

    /**
     * Loads what serialising a {@link ParseFailure} needs now, while the parent JVM still answers
     * class requests; see there. Cheap after the first call: the descriptors are cached.
     */
    private static void prepareFailureSerialisation() {
        ObjectStreamClass.lookup(ParseFailure.class);
        ObjectStreamClass.lookup(DocumentImportException.Kind.class);
    }

    private static SupportedType accept(MediaType detected, Optional<SupportedType> claimed) throws ParseFailure {
        if (detected.equals(SupportedType.OOXML_PROTECTED)) {
            throw new ParseFailure(DocumentImportException.Kind.ENCRYPTED, detected.toString(),
                    "the file is a password-protected Office document; remove the password and upload it again");
        }
        SupportedType type = SupportedType.ofMediaType(detected).orElseThrow(() -> new ParseFailure(
                DocumentImportException.Kind.UNSUPPORTED_TYPE, detected.toString(), "the file is " + detected
                        + ", which cannot be imported; upload a " + SupportedType.allLabels() + " file"));
        if (type == SupportedType.TXT && claimed.filter(SupportedType::binary).isPresent()) {
            // A ".odt" of plain text is a broken ODT (e.g. a failed download), not a text article.
            String label = claimed.get().label();
            throw new ParseFailure(DocumentImportException.Kind.CORRUPT, detected.toString(),
                    "the file is not a readable " + label + ": it contains plain text");
        }
        return type;
    }

    private static ParseFailure classify(Throwable failure, @Nullable SupportedType type,
            Optional<SupportedType> claimed) {
        @Nullable String detected = type == null ? null : type.mediaType().toString();
        String label = type != null ? type.label() : claimed.map(SupportedType::label).orElse("document");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // Tika's and POI's exceptions share the simple name; POI's is not on tika-core's path.
            if ("EncryptedDocumentException".equals(t.getClass().getSimpleName())) {
                return new ParseFailure(DocumentImportException.Kind.ENCRYPTED, detected,
                        "the " + label + " is password-protected; remove the password and upload it again");
            }
            if (t instanceof WriteLimitReachedException || t instanceof TikaMemoryLimitException) {
                return new ParseFailure(DocumentImportException.Kind.TOO_LARGE, detected,
                        "the " + label + " contains more text than can be imported");
            }
            if (t instanceof ZeroByteFileException) {
                return new ParseFailure(DocumentImportException.Kind.CORRUPT, detected, "the file is empty");
            }
        }
        return new ParseFailure(DocumentImportException.Kind.CORRUPT, detected,
                "the file is not a readable " + label + ": " + describe(failure));
    }

    /** The most telling message in the chain: Tika's wrappers ("TIKA-198: Illegal IOException from ...") are skipped. */
    static String describe(Throwable failure) {
        @Nullable String best = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && !message.startsWith("TIKA-198")) {
                best = message;
                break;
            }
        }
        return best != null ? best.strip() : failure.getClass().getSimpleName();
    }
}
