package vn.haugiang.newsroom.cms.bundle;

/** A valid ninjs item that this CMS cannot take, e.g. of an unknown unit; the message says why. */
public class NinjsMappingException extends RuntimeException {

    NinjsMappingException(String reason) {
        super(reason);
    }
}
