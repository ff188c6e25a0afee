package vn.haugiang.newsroom.publisher.channel.broadcast;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import vn.haugiang.newsroom.storage.StorageProperties;

/**
 * The real S3 sink, except that a planned key fails once (as a dropped connection would), and a log of every key
 * put, so a test can fail a job at a chosen channel-day and count what its restart writes.
 */
@TestConfiguration(proxyBeanMethods = false)
class PlannedFailures {

    final Set<String> failOnce = ConcurrentHashMap.newKeySet();
    final List<String> puts = new CopyOnWriteArrayList<>();

    @Bean
    @Primary
    EpgObjectSink failingOnceSink(S3Client s3, StorageProperties storage) {
        EpgObjectSink real = new S3EpgObjectSink(s3, storage.siteBucket());
        return object -> {
            if (failOnce.remove(object.key())) {
                throw SdkClientException.create("planned failure writing " + object.key());
            }
            real.put(object);
            puts.add(object.key());
        };
    }
}
