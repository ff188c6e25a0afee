package vn.haugiang.newsroom.publisher.channel.broadcast;

/**
 * Where the job's objects go. Each {@link #put} replaces the whole object at its key (atomic per object), so
 * writing again after a failure is harmless. Production: {@link S3EpgObjectSink}.
 */
interface EpgObjectSink {

    /**
     * @param object the object to store
     * @throws software.amazon.awssdk.core.exception.SdkException when the store refuses it or cannot be reached
     */
    void put(EpgObject object);
}
