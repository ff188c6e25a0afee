package vn.haugiang.newsroom.cms.media;

import org.jspecify.annotations.Nullable;

/**
 * An upload ready to be ingested: its bytes on disk and what the client said about them.
 *
 * @param file the spooled bytes with their SHA-256
 * @param fileName the client's file name, NFC, without any directory
 * @param claimedType what the client claimed the type to be (for messages only)
 * @param requestedKind the kind the client asked for, if any
 * @param stagedKey where the bytes already are in the media bucket (a completed resumable upload),
 *     so the original is copied there on the server instead of being sent again
 */
record UploadSource(SpooledFile file, String fileName, @Nullable String claimedType, @Nullable MediaKind requestedKind,
        @Nullable String stagedKey) {
}
