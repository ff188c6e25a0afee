package vn.haugiang.newsroom.publisher.channel.web;

/**
 * A page, feed or sitemap could not be produced. Unchecked: the input records are validated, so this
 * means a library failure (Rome, StAX), and the publish job fails the delivery with this message.
 */
public class WebOutputException extends RuntimeException {

    WebOutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
