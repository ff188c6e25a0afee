package vn.haugiang.newsroom.publisher.channel.social;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The post a correction edits: the one an earlier version of the same item made on the same channel, and the
 * delivery-log note written when the channel refused that edit and a new post is made instead.
 */
@Component
class EarlierPosts {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    EarlierPosts(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The post of the newest earlier version of the item delivered to the channel with an external id. A correction
     * of a correction finds the same post again, since an edit records the id it edited.
     *
     * @param version the version being delivered; only versions below it count
     */
    Optional<EarlierPost> of(UUID itemId, String channelId, long version) {
        return jdbc.sql("""
                SELECT external_id, external_url, item_version FROM delivery
                WHERE item_id = :item AND channel_id = :channel AND item_version < :version AND state = 'delivered'
                  AND external_id IS NOT NULL
                ORDER BY item_version DESC
                LIMIT 1
                """).param("item", itemId).param("channel", channelId).param("version", version)
                .query((rs, n) -> new EarlierPost(rs.getString("external_id"), rs.getString("external_url"),
                        rs.getLong("item_version")))
                .optional();
    }

    /**
     * Logs, on its own and at once, that the earlier post could not be edited and a new one is being posted: an
     * {@code in_progress → in_progress} event whose {@code error} says why. Committed before the create call, so
     * the log tells it even if the instance dies while posting.
     */
    void noteNewPostInstead(UUID deliveryId, String instanceId, EarlierPost earlier, String refusal) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                INSERT INTO delivery_event (delivery_id, from_state, to_state, external_id, external_url, error,
                                            instance_id, at)
                VALUES (:id, 'in_progress', 'in_progress', :externalId, :url, :note, :instance, clock_timestamp())
                """).param("id", deliveryId).param("externalId", earlier.externalId()).param("url", earlier.url())
                .param("note", "correction: could not edit post " + earlier.externalId() + " of version "
                        + earlier.version() + " (" + refusal + "); posting anew")
                .param("instance", instanceId).update());
    }

    /**
     * @param externalId the channel's id of the post
     * @param url        where readers see it, if known
     * @param version    the item version that made it (or last edited it)
     */
    record EarlierPost(String externalId, @Nullable String url, long version) {
    }
}
