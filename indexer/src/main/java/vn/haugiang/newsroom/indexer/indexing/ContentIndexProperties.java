package vn.haugiang.newsroom.indexer.indexing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code content} index and of the jobs that fill it ({@code newsroom.indexer.content.*}).
 *
 * @param alias the alias that searches and incremental writes go through; the first index behind
 *     it is {@code <alias>-v1}, a rebuild's is {@code <alias>-v1-<UTC timestamp>}. Default {@code content}.
 * @param stateIndex the small index holding the jobs' positions (one document per alias and feed,
 *     {@code _id} = alias or {@code <alias>.<feed>}), for the publications alias too. Default
 *     {@code indexer-state}.
 * @param chunkSize outbox rows or items per chunk, i.e. per bulk request. Default 200.
 * @param safetyWindow how many outbox ids before the saved position each incremental run reads
 *     again, so that rows whose transaction committed after a later id was read are not missed.
 *     Default 500 ids.
 * @param replicas number of replicas of a new index (content and publications). Default 0 (single node).
 * @param oldIndexGrace how long a rebuild (of either alias) waits after swapping the alias before deleting the old
 *     index, so searches already running on it finish. Default 2 seconds.
 * @param scheduleEnabled whether the incremental jobs (content, then publications) run on their own.
 *     Default {@code true}.
 * @param scheduleInterval delay between the end of one incremental run and the start of the
 *     next. Default 30 seconds.
 */
@ConfigurationProperties("newsroom.indexer.content")
public record ContentIndexProperties(
        @DefaultValue("content") String alias,
        @DefaultValue("indexer-state") String stateIndex,
        @DefaultValue("200") int chunkSize,
        @DefaultValue("500") long safetyWindow,
        @DefaultValue("0") int replicas,
        @DefaultValue("PT2S") Duration oldIndexGrace,
        @DefaultValue("true") boolean scheduleEnabled,
        @DefaultValue("PT30S") Duration scheduleInterval) {

    /** Version of the mapping in {@link ContentIndexDefinition}; a new version means a rebuild. */
    static final int MAPPING_VERSION = 1;

    /** The first index behind the alias, e.g. {@code content-v1}. */
    String initialIndex() {
        return alias + "-v" + MAPPING_VERSION;
    }
}
