package vn.haugiang.newsroom.publisher.channel.social;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.databind.JsonNode;

/**
 * Publishes to one Facebook Page through the Graph API.
 *
 * <ul>
 * <li>Text or link post: {@code POST /{page-id}/feed} with {@code message}, {@code link}, {@code access_token}
 * (form-encoded) → {@code {"id": "PAGEID_POSTID"}}
 * (<a href="https://developers.facebook.com/docs/pages-api/getting-started">Pages API, Get Started</a>,
 * <a href="https://developers.facebook.com/docs/graph-api/reference/page/feed">Page Feed reference</a>).</li>
 * <li>Photo: {@code POST /{page-id}/photos} with {@code url} and {@code message} → {@code {"id", "post_id"}}.</li>
 * <li>Video: {@code POST /{page-id}/videos} with {@code file_url} and {@code description} → {@code {"id"}}.</li>
 * <li>Reconcile: {@code GET /{page-id}/posts?fields=id,message,permalink_url,created_time}. The post {@code link}
 * field was deprecated for Page posts in v3.3, so the marker (and a link written in the message) is what is
 * matched.</li>
 * <li>Correction: {@code POST /{page-post-id}} with {@code message} → {@code {"success": true}}
 * (<a href="https://developers.facebook.com/docs/graph-api/reference/page-post">Page Post reference, Updating</a>,
 * <a href="https://developers.facebook.com/docs/pages-api/posts">Pages API, Posts: update a post</a>); a video
 * (a bare video id) takes {@code description} on {@code POST /{video-id}}
 * (<a href="https://developers.facebook.com/docs/graph-api/reference/video">Video reference, Updating</a>). A deleted
 * post answers error 100, subcode 33 ("Unsupported post request"): {@link PostResult.Failed}, so a new post is
 * made instead. Reading one post back: {@code GET /{page-post-id}?fields=id,message,permalink_url}.</li>
 * </ul>
 * Errors are classified by {@link GraphErrors}. The base URL includes the Graph version
 * ({@code https://graph.facebook.com/v26.0}, the newest version in the
 * <a href="https://developers.facebook.com/docs/graph-api/changelog">Graph API changelog</a> as of November 2026;
 * v24.0 and v25.0 remain available until 2028). The paths below are the real API's, so a stub serves them under the
 * same version prefix.
 */
public final class FacebookPageClient implements SocialChannelClient {

    /** How many recent posts a reconcile reads: a delivery goes "unknown" minutes, not days, before it. */
    static final int RECONCILE_WINDOW = 25;

    private final RestClient http;
    private final Credentials credentials;
    private final Duration rateLimitBackoff;

    /**
     * @param settings    Graph base URL (with version) and timeouts
     * @param credentials the Page and its Page access token
     */
    public FacebookPageClient(SocialClientSettings settings, Credentials credentials) {
        this.http = settings.restClient();
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.rateLimitBackoff = settings.backoffOr(GraphErrors.DEFAULT_RATE_LIMIT_WAIT);
    }

    @Override
    public PostResult post(SocialPost post) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        String message = withMarker(post);
        String edge;
        SocialPost.Media media = post.media();
        if (media == null) {
            edge = "feed";
            form.add("message", message);
            if (post.link() != null) {
                form.add("link", post.link().toString());
            }
        } else if (media.kind() == SocialPost.MediaKind.PHOTO && media.url() != null) {
            edge = "photos";
            form.add("url", media.url().toString());
            form.add("message", message);
        } else if (media.kind() == SocialPost.MediaKind.VIDEO && media.url() != null) {
            edge = "videos";
            form.add("file_url", media.url().toString());
            form.add("description", message);
        } else {
            return new PostResult.Failed(0, "Facebook fetches media from a public URL; this " + media.kind()
                    + " has only a local file");
        }
        form.add("access_token", credentials.pageAccessToken());

        HttpReply reply;
        try {
            reply = HttpReply.exchange(http.post()
                    .uri("/{page}/{edge}", credentials.pageId(), edge)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form));
        } catch (RestClientException e) {
            return new PostResult.Unknown("no answer from Graph /" + edge + ": " + e.getMessage());
        }
        if (!reply.isSuccess()) {
            return GraphErrors.classify(reply, rateLimitBackoff);
        }
        JsonNode body = reply.json();
        // A photo answers with the photo's id and the feed post's post_id; the post is what readers see.
        String id = body.path("post_id").asString(body.path("id").asString(""));
        if (id.isEmpty()) {
            return new PostResult.Unknown("Graph answered HTTP " + reply.status() + " without an id: "
                    + reply.bodySnippet());
        }
        return new PostResult.Delivered(id, permalink(id));
    }

    @Override
    public PostResult edit(String externalId, SocialPost post) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add(isVideo(externalId) ? "description" : "message", withMarker(post));
        form.add("access_token", credentials.pageAccessToken());
        HttpReply reply;
        try {
            reply = HttpReply.exchange(http.post().uri("/{post}", externalId)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form));
        } catch (RestClientException e) {
            return new PostResult.Unknown("no answer from Graph editing " + externalId + ": " + e.getMessage());
        }
        if (!reply.isSuccess()) {
            return GraphErrors.classify(reply, rateLimitBackoff);
        }
        if (!reply.json().path("success").asBoolean(false)) {
            return new PostResult.Unknown("Graph answered HTTP " + reply.status() + " without success editing "
                    + externalId + ": " + reply.bodySnippet());
        }
        return new PostResult.Delivered(externalId, permalink(externalId));
    }

    @Override
    public Optional<PostResult.Delivered> find(String externalId, SocialPost post) {
        String text = isVideo(externalId) ? "description" : "message";
        HttpReply reply = HttpReply.readForReconcile(http.get()
                .uri(b -> b.path("/{post}").queryParam("fields", "id," + text + ",permalink_url")
                        .queryParam("access_token", credentials.pageAccessToken()).build(externalId)),
                "post " + externalId);
        if (!reply.isSuccess()) {
            if (GraphErrors.classify(reply, rateLimitBackoff) instanceof PostResult.Failed) {
                return Optional.empty(); // 100/33 and the like: the post is gone or cannot be seen.
            }
            throw new ReconcileException("Graph answered HTTP " + reply.status() + " for post " + externalId
                    + GraphErrors.describe(reply));
        }
        if (!post.isMarkedIn(reply.json().path(text).asString(null))) {
            return Optional.empty();
        }
        String url = reply.json().path("permalink_url").asString(null);
        return Optional.of(new PostResult.Delivered(externalId, url != null ? URI.create(url) : permalink(externalId)));
    }

    /** @param sentFrom not used: the Page's recent posts carry their text, so the marker is matched directly */
    @Override
    public Optional<PostResult.Delivered> reconcile(SocialPost post, Instant sentFrom) {
        HttpReply reply = HttpReply.readForReconcile(http.get()
                .uri(b -> b.path("/{page}/posts")
                        .queryParam("fields", "id,message,permalink_url,created_time")
                        .queryParam("limit", RECONCILE_WINDOW)
                        .queryParam("access_token", credentials.pageAccessToken())
                        .build(credentials.pageId())), "the recent posts of Page " + credentials.pageId());
        if (!reply.isSuccess()) {
            throw new ReconcileException("Graph answered HTTP " + reply.status() + " for the recent posts of Page "
                    + credentials.pageId() + GraphErrors.describe(reply));
        }
        for (JsonNode candidate : reply.json().path("data")) {
            String message = candidate.path("message").asString(null);
            if (post.isMarkedIn(message)) {
                String id = candidate.path("id").asString();
                String url = candidate.path("permalink_url").asString(null);
                return Optional.of(new PostResult.Delivered(id, url != null ? URI.create(url) : permalink(id)));
            }
        }
        return Optional.empty();
    }

    private static String withMarker(SocialPost post) {
        return post.text().isBlank() ? post.marker() : post.text() + "\n\n" + post.marker();
    }

    private static boolean isVideo(String id) {
        return !id.contains("_");
    }

    private static @Nullable URI permalink(String id) {
        // PAGEID_POSTID resolves on facebook.com; a bare video id does not, so no URL for it.
        return id.contains("_") ? URI.create("https://www.facebook.com/" + id) : null;
    }

    /**
     * One Page's credentials, decrypted by the caller.
     *
     * @param pageId          the Page id
     * @param pageAccessToken a Page access token with {@code pages_manage_posts} and
     *                        {@code pages_read_engagement}
     */
    public record Credentials(String pageId, String pageAccessToken) {
        public Credentials {
            Objects.requireNonNull(pageId, "pageId");
            Objects.requireNonNull(pageAccessToken, "pageAccessToken");
        }

        @Override
        public String toString() {
            return "Credentials[pageId=" + pageId + ", pageAccessToken=***]";
        }
    }
}
