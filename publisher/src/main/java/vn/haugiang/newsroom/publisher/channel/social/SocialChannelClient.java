package vn.haugiang.newsroom.publisher.channel.social;

import java.util.Optional;

/**
 * One social channel (a Facebook Page, a YouTube channel, a Zalo OA) as the delivery job sees it.
 *
 * <p>Implementations are thread-safe, hold one channel's credentials, and make no automatic retries: a post call
 * sends at most one create request.
 */
public interface SocialChannelClient {

    /**
     * Sends the post once. Never throws for an HTTP or network failure: every outcome is a {@link PostResult}.
     *
     * @param post the prepared post, its {@link SocialPost#marker() marker} included in what is sent
     * @return the classified outcome
     */
    PostResult post(SocialPost post);

    /**
     * Looks for the post among the channel's recent posts, by its marker (or its link where the channel shows it).
     * Call after an {@link PostResult.Unknown} and before sending again.
     *
     * @param post the post as it was sent
     * @return the post when the channel has it; empty when the recent posts were read and it is not among them
     * @throws ReconcileException when the recent posts could not be read: "not found" must never be guessed,
     *                            since it leads to sending again
     */
    Optional<PostResult.Delivered> reconcile(SocialPost post);
}
