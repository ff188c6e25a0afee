package vn.haugiang.newsroom.cms.imports;

import org.apache.tika.exception.TikaException;
import org.jspecify.annotations.Nullable;

/**
 * A classified parse failure, thrown by {@link ImportParser}, possibly inside a forked JVM. It is
 * serialised back to this JVM by Tika's fork protocol, so it carries only strings and an enum and
 * never a cause: a cause from a parser library might not be serialisable, and Tika would then
 * replace the whole exception by a plain {@link TikaException}.
 *
 * <p>Its method signatures name no other class of ours on purpose: the child JVM loads classes from
 * this JVM over the same pipe, and while it is sending an exception back, this JVM is reading the
 * exception and cannot answer a class request, so both would wait forever. {@link ImportParser}
 * also prepares the serialisation descriptors before parsing, while class requests are served.
 */
final class ParseFailure extends TikaException {

    private static final long serialVersionUID = 1L;

    private final DocumentImportException.Kind kind;
    private final @Nullable String detectedType;

    ParseFailure(DocumentImportException.Kind kind, @Nullable String detectedType, String message) {
        super(message);
        this.kind = kind;
        this.detectedType = detectedType;
    }

    DocumentImportException.Kind kind() {
        return kind;
    }

    @Nullable String detectedType() {
        return detectedType;
    }
}
