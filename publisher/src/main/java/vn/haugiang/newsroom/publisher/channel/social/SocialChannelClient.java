package vn.haugiang.newsroom.publisher.channel.social;

import java.time.Instant;
import java.util.Optional;

/**
 * One social channel (a Facebook Page, a YouTube channel, a Zalo OA) as the delivery job sees it.
 *
 * <p>Implementations are thread-safe, hold one channel's credentials, and make no automatic retries: a post call
 * sends at most one create request, an edit call at most one update request.
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
     * Replaces the text (and title, where the channel has one) of a post made earlier for the same item with this
     * post's, its marker included: a correction edits what readers already saw instead of posting a second copy.
     * An edit is idempotent, so repeating it after no answer is safe. Never throws for an HTTP or network failure.
     *
     * @param externalId the channel's id of the earlier post (as {@link PostResult.Delivered#externalId()})
     * @param post       the new version's post
     * @return {@link PostResult.Delivered} with {@code externalId} when edited; {@link PostResult.Failed} when the
     *         channel refuses to edit that post (deleted, not editable, not an id the channel can edit), so a new
     *         post is the way left; {@link PostResult.Unknown} when no answer said whether it was edited;
     *         rate-limit and token answers as for {@link #post}
     */
    PostResult edit(String externalId, SocialPost post);

    /**
     * Reads one earlier post by its id and tells whether it carries this post's marker: whether an edit whose
     * outcome is unknown was made.
     *
     * @param externalId the channel's id of the post
     * @param post       the post as it was sent
     * @return the post when it carries the marker; empty when it does not, or when the channel says it is gone
     * @throws ReconcileException when the post could not be read
     */
    Optional<PostResult.Delivered> find(String externalId, SocialPost post);

    /**
     * Looks for the post among the channel's recent posts, by its marker. Call after an {@link PostResult.Unknown}
     * and before sending again.
     *
     * @param post     the post as it was sent
     * @param sentFrom when the delivery's first attempt began (UTC): a post created before it cannot be this one,
     *                 which lets a client skip reading the details of older posts
     * @return the post when the channel has it; empty when the recent posts were read and it is not among them
     * @throws ReconcileException when the recent posts could not be read: "not found" must never be guessed,
     *                            since it leads to sending again
     */
    Optional<PostResult.Delivered> reconcile(SocialPost post, Instant sentFrom);
}
