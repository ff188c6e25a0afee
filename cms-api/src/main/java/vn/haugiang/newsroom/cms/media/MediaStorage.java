package vn.haugiang.newsroom.cms.media;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import vn.haugiang.newsroom.storage.StorageProperties;

/**
 * The media library's objects in S3: originals and renditions in the {@code media} bucket (never
 * public; read through presigned URLs), published copies in the {@code site} bucket. Every body is
 * streamed from a file or the request, never held in memory.
 */
@Component
class MediaStorage {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String mediaBucket;
    private final String siteBucket;

    MediaStorage(S3Client s3, S3Presigner presigner, StorageProperties storage) {
        this.s3 = s3;
        this.presigner = presigner;
        this.mediaBucket = storage.mediaBucket();
        this.siteBucket = storage.siteBucket();
    }

    /** Stores {@code file} at {@code key}, the original name in the object's metadata (percent-encoded: S3 metadata is ASCII). */
    void put(String key, Path file, String contentType, String originalName) {
        s3.putObject(request -> request.bucket(mediaBucket).key(key).contentType(contentType)
                .metadata(Map.of("original-name", URLEncoder.encode(originalName, StandardCharsets.UTF_8))),
                RequestBody.fromFile(file));
    }

    /** Copies within the media bucket on the server side (a staged upload to its final key). */
    void copy(String sourceKey, String targetKey, String contentType, String originalName) {
        s3.copyObject(request -> request.sourceBucket(mediaBucket).sourceKey(sourceKey)
                .destinationBucket(mediaBucket).destinationKey(targetKey)
                .metadataDirective("REPLACE").contentType(contentType)
                .metadata(Map.of("original-name", URLEncoder.encode(originalName, StandardCharsets.UTF_8))));
    }

    /** Copies {@code keys} to the site bucket under {@code media/}, where the web server serves them. */
    void publish(Collection<String> keys) {
        for (String key : keys) {
            s3.copyObject(request -> request.sourceBucket(mediaBucket).sourceKey(key)
                    .destinationBucket(siteBucket).destinationKey(MediaKeys.published(key)));
        }
    }

    /** Deletes {@code keys} from the media bucket and their public copies; missing objects are fine. */
    void delete(Collection<String> keys) {
        for (String key : keys) {
            s3.deleteObject(request -> request.bucket(mediaBucket).key(key));
            s3.deleteObject(request -> request.bucket(siteBucket).key(MediaKeys.published(key)));
        }
    }

    /** A GET URL for {@code key} valid for {@code expiry}, offering {@code downloadName} as the file name. */
    URI presignGet(String key, String downloadName, Duration expiry) {
        String disposition = ContentDisposition.inline().filename(downloadName, StandardCharsets.UTF_8).build().toString();
        return URI.create(presigner.presignGetObject(presign -> presign.signatureDuration(expiry)
                .getObjectRequest(get -> get.bucket(mediaBucket).key(key).responseContentDisposition(disposition)))
                .url().toString());
    }

    InputStream open(String key) {
        return s3.getObject(request -> request.bucket(mediaBucket).key(key));
    }

    boolean exists(String key) {
        try {
            s3.headObject(request -> request.bucket(mediaBucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    String startMultipart(String key, String contentType) {
        return s3.createMultipartUpload(request -> request.bucket(mediaBucket).key(key).contentType(contentType)).uploadId();
    }

    /** Streams one part from {@code content} to S3 (the SDK reads exactly {@code length} bytes); returns its ETag. */
    String uploadPart(String key, String uploadId, int partNumber, InputStream content, long length) {
        return s3.uploadPart(request -> request.bucket(mediaBucket).key(key).uploadId(uploadId).partNumber(partNumber)
                .contentLength(length), RequestBody.fromInputStream(content, length)).eTag();
    }

    void completeMultipart(String key, String uploadId, List<CompletedPart> parts) {
        s3.completeMultipartUpload(request -> request.bucket(mediaBucket).key(key).uploadId(uploadId)
                .multipartUpload(upload -> upload.parts(parts)));
    }

    void abortMultipart(String key, String uploadId) {
        s3.abortMultipartUpload(request -> request.bucket(mediaBucket).key(key).uploadId(uploadId));
    }

    void deleteStaged(String key) {
        s3.deleteObject(request -> request.bucket(mediaBucket).key(key));
    }
}
