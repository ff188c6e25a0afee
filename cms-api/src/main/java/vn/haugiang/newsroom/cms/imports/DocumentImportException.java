package vn.haugiang.newsroom.cms.imports;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded file could not be turned into a draft article. The {@linkplain #getMessage() message}
 * is a complete English sentence fragment meant for the editor (for example
 * {@code "the file is not a readable DOCX: Couldn't find core part"}); the API turns it into an
 * HTTP 422 {@code application/problem+json} response, using {@link #kind()} as the problem type.
 *
 * <p>Problems of the service itself (the isolated parser process cannot be started, the temporary
 * directory is full) are not reported with this exception but as {@link IllegalStateException} or
 * {@link java.io.UncheckedIOException}: they are not the file's fault.
 */
public class DocumentImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Kind {
        /** The content (detected from the bytes, not the name) is not DOCX, ODT, PDF, HTML or plain text. */
        UNSUPPORTED_TYPE,
        /** The content claims a supported type but cannot be read (truncated, damaged, empty). */
        CORRUPT,
        /** The document is password-protected (Tika's {@code EncryptedDocumentException}). */
        ENCRYPTED,
        /** The file, its extracted text or its embedded images exceed the configured limits. */
        TOO_LARGE,
        /** Parsing took longer than the configured time limit, or no parser became free in time. */
        TIMEOUT
    }

    private final Kind kind;
    private final @Nullable String detectedType;

    /**
     * @param kind why the file was refused
     * @param message what went wrong, for the editor
     * @param detectedType the detected media type (e.g. {@code application/pdf}) when known
     * @param cause the underlying exception, if any
     */
    public DocumentImportException(Kind kind, String message, @Nullable String detectedType,
            @Nullable Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.detectedType = detectedType;
    }

    /** The failure classified where the parse ran (perhaps in the forked JVM), as thrown to callers. */
    static DocumentImportException from(ParseFailure failure) {
        return new DocumentImportException(failure.kind(), failure.getMessage(), failure.detectedType(), null);
    }

    /** Why the file was refused. */
    public Kind kind() {
        return kind;
    }

    /**
     * The media type detected from the file's bytes (e.g. {@code application/zip} for an
     * {@link Kind#UNSUPPORTED_TYPE}), or {@code null} when detection did not get that far.
     */
    public @Nullable String detectedType() {
        return detectedType;
    }
}
