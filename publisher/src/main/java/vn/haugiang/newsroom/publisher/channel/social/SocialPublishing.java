package vn.haugiang.newsroom.publisher.channel.social;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import software.amazon.awssdk.core.exception.SdkException;
import vn.haugiang.newsroom.publisher.delivery.ChannelKind;
import vn.haugiang.newsroom.publisher.delivery.ClaimedDelivery;
import vn.haugiang.newsroom.publisher.delivery.DeliverySender;
import vn.haugiang.newsroom.publisher.delivery.Outcome;

/**
 * Sends claimed Facebook, YouTube and Zalo deliveries: one create call per attempt, never retried here.
 *
 * <p><b>Corrections.</b> When an earlier version of the item was delivered to the channel with an external id (see
 * {@link EarlierPosts}), the delivery edits that post instead ({@link SocialChannelClient#edit}) and records the
 * same id. An edit is idempotent, so one that got no answer is simply tried again later ({@code RetryLater}, not
 * {@code unknown}). When the channel refuses the edit (the post was deleted: Graph error 100/33; a YouTube video
 * no longer listed; a Zalo article known only by its token), the refusal is logged as an event of the delivery and
 * the post is created as for a first version, under the same at-most-once rules: within one attempt the edit
 * comes first and the create at most once after it, and a create that got no answer makes the delivery
 * {@code unknown}, which {@link SocialReconciliation} settles before anything is sent again.
 *
 * <table>
 * <caption>What a send comes to</caption>
 * <tr><th>situation</th><th>outcome</th></tr>
 * <tr><td>item gone, at another version, or no longer published/corrected</td><td>{@code Permanent("superseded: …")}</td></tr>
 * <tr><td>the channel was flagged or paused since the claim (same batch)</td><td>{@code ChannelNeedsReauthorisation}
 * (the delivery waits as pending; a paused channel stays paused)</td></tr>
 * <tr><td>no credentials stored, or they cannot be decrypted</td><td>{@code ChannelNeedsReauthorisation}</td></tr>
 * <tr><td>the featured medium cannot be read from S3 (nothing sent)</td><td>{@code RetryLater(now + retry-delay)}</td></tr>
 * <tr><td>the API created the post</td><td>{@code Delivered(post id, URL, null)}</td></tr>
 * <tr><td>timeout, connection lost, 5xx, 2xx without an id</td><td>{@code Unknown}: reconciled by
 * {@link SocialReconciliation}, never re-sent blindly</td></tr>
 * <tr><td>rate limit (Graph 4/17/32/613, HTTP 429, YouTube quota/rate reasons, Zalo -32)</td><td>{@code RetryLater}
 * at now + the API's wait ({@code Retry-After}, {@code X-Business-Use-Case-Usage}
 * {@code estimated_time_to_regain_access}, YouTube's Pacific-midnight quota reset) or the client's documented
 * default</td></tr>
 * <tr><td>token rejected (Graph 190, YouTube 401, Zalo -216/-124)</td><td>{@code ChannelNeedsReauthorisation}: the
 * channel is flagged and its deliveries wait</td></tr>
 * <tr><td>any other refusal (4xx, or a post the client cannot make, e.g. YouTube without a video)</td>
 * <td>{@code Permanent} with the API's message</td></tr>
 * </table>
 */
@Service
public class SocialPublishing implements DeliverySender {

    private static final Logger log = LoggerFactory.getLogger(SocialPublishing.class);

    private final SocialSources sources;
    private final SocialChannels channels;
    private final SocialClients clients;
    private final SocialPosts posts;
    private final EarlierPosts earlierPosts;
    private final SocialProperties properties;

    SocialPublishing(SocialSources sources, SocialChannels channels, SocialClients clients, SocialPosts posts,
            EarlierPosts earlierPosts, SocialProperties properties) {
        this.sources = sources;
        this.channels = channels;
        this.clients = clients;
        this.posts = posts;
        this.earlierPosts = earlierPosts;
        this.properties = properties;
    }

    @Override
    public Set<ChannelKind> kinds() {
        return Set.of(ChannelKind.FACEBOOK, ChannelKind.YOUTUBE, ChannelKind.ZALO);
    }

    @Override
    public Outcome send(ClaimedDelivery delivery) {
        SocialSources.SocialItem item = sources.item(delivery.itemId()).orElse(null);
        Optional<String> superseded = superseded(item, delivery.itemVersion());
        if (superseded.isPresent()) {
            return new Outcome.Permanent(superseded.get(), null);
        }
        SocialChannels.Channel channel = channels.find(delivery.channelId()).orElseThrow();
        if (!channel.isActive()) {
            // Claimed in the same batch as a delivery whose answer flagged the channel: it waits with the others.
            return new Outcome.ChannelNeedsReauthorisation("channel " + channel.id() + " is " + channel.status()
                    + (channel.statusReason() == null ? "" : ": " + channel.statusReason()));
        }
        Ready ready = ready(channel);
        if (ready.problem() != null) {
            return ready.problem();
        }
        SocialPosts.Prepared prepared;
        try {
            prepared = posts.prepare(channel, item, delivery.itemVersion(), true);
        } catch (SdkException e) {
            log.warn("Delivery {}: the featured medium could not be read: {}", delivery.deliveryId(), e.getMessage());
            return new Outcome.RetryLater(Instant.now().plus(properties.retryDelay()),
                    "the featured medium could not be read from S3: " + e.getMessage(), null);
        }
        SocialChannelClient client = Objects.requireNonNull(ready.client());
        try (prepared) {
            Optional<EarlierPosts.EarlierPost> earlier = earlierPosts.of(delivery.itemId(), channel.id(),
                    delivery.itemVersion());
            if (earlier.isPresent()) {
                PostResult edited = client.edit(earlier.get().externalId(), prepared.post());
                log.info("Delivery {} to {}, editing {}: {}", delivery.deliveryId(), channel.id(),
                        earlier.get().externalId(), edited.reason());
                if (!(edited instanceof PostResult.Failed refused)) {
                    return editOutcome(edited, earlier.get(), Instant.now());
                }
                earlierPosts.noteNewPostInstead(delivery.deliveryId(), delivery.claimedBy(), earlier.get(),
                        refused.reason());
            }
            PostResult result = client.post(prepared.post());
            log.info("Delivery {} to {}: {}", delivery.deliveryId(), channel.id(), result.reason());
            return outcome(result, Instant.now());
        }
    }

    /** An edit's outcome: as a create's, except that no answer means "edit again later", an edit being idempotent. */
    private Outcome editOutcome(PostResult edited, EarlierPosts.EarlierPost earlier, Instant now) {
        if (edited instanceof PostResult.Unknown u) {
            return new Outcome.RetryLater(now.plus(properties.retryDelay()),
                    "editing post " + earlier.externalId() + ": " + u.reason() + "; the edit is repeated", null);
        }
        if (edited instanceof PostResult.Delivered d && d.url() == null && earlier.url() != null) {
            return new Outcome.Delivered(d.externalId(), earlier.url(), null);
        }
        return outcome(edited, now);
    }

    /** Why the claimed version must not go out, if it must not. */
    static Optional<String> superseded(SocialSources.@Nullable SocialItem item, long version) {
        if (item == null) {
            return Optional.of("superseded: the item no longer exists");
        }
        if (item.version() != version) {
            return Optional.of("superseded: item is at version " + item.version());
        }
        if (!item.state().isLive()) {
            return Optional.of("superseded: item is " + item.state().code());
        }
        return Optional.empty();
    }

    /** The channel's client, or the outcome that says why there is none. */
    Ready ready(SocialChannels.Channel channel) {
        try {
            Optional<Map<String, String>> credentials = channels.credentials(channel.id());
            if (credentials.isEmpty()) {
                return Ready.problem("no credentials stored for channel " + channel.id()
                        + "; PUT /api/channels/" + channel.id() + "/credentials");
            }
            return new Ready(clients.client(channel, credentials.get()), null);
        } catch (CredentialCipher.CredentialsUnreadableException | SocialClients.MissingCredentialException e) {
            return Ready.problem(e.getMessage());
        }
    }

    static Outcome outcome(PostResult result, Instant now) {
        if (result instanceof PostResult.Delivered d) {
            return new Outcome.Delivered(d.externalId(), d.url() == null ? null : d.url().toString(), null);
        }
        if (result instanceof PostResult.Unknown u) {
            return new Outcome.Unknown(u.reason());
        }
        if (result instanceof PostResult.RateLimited r) {
            return new Outcome.RetryLater(now.plus(r.retryAfter()), r.reason(), null);
        }
        if (result instanceof PostResult.NeedsReauthorisation n) {
            return new Outcome.ChannelNeedsReauthorisation(n.reason());
        }
        PostResult.Failed f = (PostResult.Failed) result;
        return new Outcome.Permanent(f.reason(), f.httpStatus() == 0 ? null : f.httpStatus());
    }

    record Ready(@Nullable SocialChannelClient client,
            Outcome.@Nullable ChannelNeedsReauthorisation problem) {

        static Ready problem(String reason) {
            return new Ready(null, new Outcome.ChannelNeedsReauthorisation(reason));
        }
    }
}
