package vn.haugiang.newsroom.publisher.channel.social;

/**
 * A channel's recent posts could not be read, so whether a post exists is still unknown. The delivery stays
 * "unknown" and the reconcile is tried again later; the post is not sent again meanwhile.
 */
public class ReconcileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what could not be read, and the answer's status or API error
     * @param cause   the I/O failure, if any
     */
    public ReconcileException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * @param message what could not be read, and the answer's status or API error
     */
    public ReconcileException(String message) {
        super(message);
    }
}
