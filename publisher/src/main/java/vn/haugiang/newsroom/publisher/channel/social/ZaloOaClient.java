package vn.haugiang.newsroom.publisher.channel.social;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.databind.JsonNode;

/**
 * Publishes articles to one Zalo Official Account (OA API, {@code https://openapi.zalo.me}).
 *
 * <ul>
 * <li>{@code POST /v2.0/article/create}, header {@code access_token}, JSON {@code {"type": "normal", "title",
 * "author", "cover": {"cover_type": "photo", "photo_url", "status": "show"}, "description", "body": [{"type":
 * "text", "content"}], "status": "show", "comment": "show"}} → {@code {"error": 0, "message": "Success", "data":
 * {"token": ...}}}; the token is then exchanged for the article id with {@code POST /v2.0/article/verify}.</li>
 * <li>Correction: {@code POST /v2.0/article/update} with the article's {@code id} and the same fields as create
 * (<a href="https://developers.zalo.me/docs/official-account">OA API</a>, Bài viết › Cập nhật bài viết; the SDK's
 * {@code UpdateNormalArticle}, same path and fields) → {@code {"error": 0}}.</li>
 * <li>Reconcile: {@code GET /v2.0/article/getslice?offset=0&limit=10&type=normal}
 * (OA API, Bài viết › Lấy danh sách bài viết; the SDK's {@code GetListArticle}) lists ids and titles but not the
 * body, where the marker is; so {@code GET /v2.0/article/getdetail?id=...} (Bài viết › Lấy chi tiết bài viết; the
 * SDK's {@code GetArticleInfo}) is read for each listed article not created before the delivery's first attempt, at most
 * {@link #RECONCILE_WINDOW}, and the article whose content carries the marker is the one. Never by title: a
 * correction or a repeated headline shares it, and an editor may retitle the article on the OA.</li>
 * </ul>
 * (<a href="https://developers.zalo.me/docs/official-account/bai-viet/tao-bai-viet">OA API, Tạo bài viết</a>;
 * limits: title ≤ 150, author ≤ 50, description ≤ 300 characters.) Zalo answers HTTP 200 with a non-zero
 * {@code error} on failure; {@link #TOKEN_ERRORS} and {@link #RATE_LIMIT_ERRORS} are the codes classified apart.
 *
 * <p>Shapes checked (November 2026) against Zalo's own Java SDK examples
 * (<a href="https://github.com/zaloplatform/zalo-java-sdk">zaloplatform/zalo-java-sdk</a>: {@code
 * CreateNormalArticle}, {@code GetArticleId}, {@code GetListArticle} — same paths, the {@code access_token}
 * header, the same article fields) and against integrations in use: {@code getslice} answers
 * {@code {"error": 0, "data": {"medias": [{"id", "title", "create_date", ...}], "total"}}} with at most 10 per page,
 * newest first, with {@code create_date} in epoch milliseconds as integrations read it (not in a source we could
 * check, so an article without a numeric {@code create_date} is read anyway, within the window); {@code verify}
 * answers {@code {"data": {"id"}}}, or error -214 while the cover is still being processed, in which case the
 * token stays the external id (the article exists either way).
 *
 * <p>Broadcasting the article to followers ({@code POST /v2.0/oa/message} with {@code recipient.target} and a
 * {@code media} template whose element is {@code {"media_type": "article", "attachment_id": <article id>}}, per the
 * SDK's {@code SendBroadcastMessage}) is not done: the v2 message API is being replaced by the v3 typed message
 * endpoints, the target codes for "all followers" are not documented where we could check, and Zalo reviews
 * broadcasts for about 30 minutes anyway. The article itself is public on the OA once created.
 */
public final class ZaloOaClient implements SocialChannelClient {

    /** -216 access token invalid, -124 access token expired. */
    static final Set<Integer> TOKEN_ERRORS = Set.of(-216, -124);

    /** -32: the app exceeded its request rate. */
    static final Set<Integer> RATE_LIMIT_ERRORS = Set.of(-32);

    /** One {@code getslice} page: Zalo answers error -201 for a larger {@code limit}. */
    static final int RECONCILE_WINDOW = 10;

    /**
     * Slack for the difference between Zalo's clock and ours when skipping articles created before the first
     * attempt: skipping the one we look for would send it again.
     */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    /** Zalo sends no wait hint; its rate limits are per minute. */
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(5);

    private final RestClient http;
    private final Credentials credentials;
    private final String author;
    private final Duration rateLimitBackoff;

    /**
     * @param settings    {@code https://openapi.zalo.me} and timeouts
     * @param credentials the OA access token
     * @param author      the article's author line, at most 50 characters (e.g. the station's name)
     */
    public ZaloOaClient(SocialClientSettings settings, Credentials credentials, String author) {
        this.http = settings.restClient();
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.author = SocialText.cut(author, 50);
        this.rateLimitBackoff = settings.backoffOr(DEFAULT_RATE_LIMIT_WAIT);
    }

    @Override
    public PostResult post(SocialPost post) {
        SocialPost.Media media = post.media();
        if (media == null || media.kind() != SocialPost.MediaKind.PHOTO || media.url() == null) {
            return new PostResult.Failed(0, "a Zalo article needs a cover photo URL");
        }
        if (post.title() == null || post.title().isBlank()) {
            return new PostResult.Failed(0, "a Zalo article needs a title");
        }
        Map<String, Object> article = article(post, media);
        HttpReply reply;
        try {
            reply = HttpReply.exchange(http.post().uri("/v2.0/article/create").headers(this::authorise)
                    .contentType(MediaType.APPLICATION_JSON).body(article));
        } catch (RestClientException e) {
            return new PostResult.Unknown("no answer from Zalo article/create: " + e.getMessage());
        }
        PostResult refused = classifyFailure(reply);
        if (refused != null) {
            return refused;
        }
        String token = reply.json().path("data").path("token").asString("");
        return new PostResult.Delivered(articleId(token).orElse("token:" + token), null);
    }

    @Override
    public PostResult edit(String externalId, SocialPost post) {
        if (externalId.startsWith("token:")) {
            // verify never gave the id: create answered only a processing token, which update does not take.
            return new PostResult.Failed(0, "the Zalo article is known only by its processing token, not an id");
        }
        SocialPost.Media media = post.media();
        if (media == null || media.kind() != SocialPost.MediaKind.PHOTO || media.url() == null
                || post.title() == null || post.title().isBlank()) {
            return new PostResult.Failed(0, "a Zalo article needs a title and a cover photo URL");
        }
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", externalId);
        article.putAll(article(post, media));
        HttpReply reply;
        try {
            reply = HttpReply.exchange(http.post().uri("/v2.0/article/update").headers(this::authorise)
                    .contentType(MediaType.APPLICATION_JSON).body(article));
        } catch (RestClientException e) {
            return new PostResult.Unknown("no answer from Zalo article/update: " + e.getMessage());
        }
        PostResult refused = classifyFailure(reply);
        return refused != null ? refused : new PostResult.Delivered(externalId, null);
    }

    /** The article fields create and update share; the marker ends the body. */
    private Map<String, Object> article(SocialPost post, SocialPost.Media media) {
        String body = post.text() + (post.link() != null ? "\n\n" + post.link() : "") + "\n\n" + post.marker();
        return Map.of(
                "type", "normal",
                "title", Objects.requireNonNull(post.title()),
                "author", author,
                "cover", Map.of("cover_type", "photo", "photo_url", Objects.requireNonNull(media.url()).toString(),
                        "status", "show"),
                "description", post.text(),
                "body", List.of(Map.of("type", "text", "content", body)),
                "status", "show",
                "comment", "show");
    }

    /**
     * The id of a created article. The article exists once create answered; verify only translates, so its
     * failure keeps the processing token as the external id instead of turning a delivery into a failure.
     */
    private Optional<String> articleId(String token) {
        try {
            HttpReply verify = HttpReply.exchange(http.post().uri("/v2.0/article/verify").headers(this::authorise)
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("token", token)));
            String id = verify.json().path("data").path("id").asString("");
            return verify.isSuccess() && verify.json().path("error").asInt(-1) == 0 && !id.isEmpty()
                    ? Optional.of(id) : Optional.empty();
        } catch (RestClientException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<PostResult.Delivered> find(String externalId, SocialPost post) {
        if (externalId.startsWith("token:")) {
            return Optional.empty();
        }
        HttpReply reply = HttpReply.readForReconcile(http.get().uri(b -> b.path("/v2.0/article/getdetail")
                .queryParam("id", externalId).build()).headers(this::authorise), "article " + externalId + " on Zalo");
        PostResult failure = classifyFailure(reply);
        if (failure instanceof PostResult.Failed) {
            return Optional.empty(); // Zalo refuses to show it: removed from the OA.
        }
        if (failure != null) {
            throw new ReconcileException("Zalo did not show article " + externalId + ": " + failure.reason());
        }
        return marked(reply.json(), externalId, post);
    }

    @Override
    public Optional<PostResult.Delivered> reconcile(SocialPost post, Instant sentFrom) {
        JsonNode slice = read(http.get().uri(b -> b.path("/v2.0/article/getslice").queryParam("offset", 0)
                .queryParam("limit", RECONCILE_WINDOW).queryParam("type", "normal").build()), "the recent articles");
        Instant notBefore = sentFrom.minus(CLOCK_SLACK);
        for (JsonNode article : slice.path("data").path("medias")) {
            JsonNode created = article.path("create_date");
            if (created.isNumber() && Instant.ofEpochMilli(created.asLong()).isBefore(notBefore)) {
                continue; // Made before this delivery was first sent: not its article, whatever its title.
            }
            String id = article.path("id").asString("");
            if (id.isEmpty()) {
                continue;
            }
            JsonNode detail = read(http.get().uri(b -> b.path("/v2.0/article/getdetail").queryParam("id", id)
                    .build()), "article " + id);
            Optional<PostResult.Delivered> found = marked(detail, id, post);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The article when its content (body paragraphs, description) carries the post's marker. */
    private static Optional<PostResult.Delivered> marked(JsonNode detail, String id, SocialPost post) {
        JsonNode data = detail.path("data");
        StringBuilder content = new StringBuilder(data.path("description").asString(""));
        for (JsonNode paragraph : data.path("body")) {
            content.append('\n').append(paragraph.path("content").asString(""));
        }
        return post.isMarkedIn(content.toString()) ? Optional.of(new PostResult.Delivered(id, null))
                : Optional.empty();
    }

    private JsonNode read(RestClient.RequestHeadersSpec<?> request, String what) {
        HttpReply reply = HttpReply.readForReconcile(request.headers(this::authorise), what + " on Zalo");
        if (classifyFailure(reply) != null) {
            throw new ReconcileException("Zalo refused reading " + what + ": " + describe(reply));
        }
        return reply.json();
    }

    /** The failure an answer means, or {@code null} when it is a success ({@code "error": 0}). */
    private @Nullable PostResult classifyFailure(HttpReply reply) {
        if (reply.isServerError()) {
            return new PostResult.Unknown("Zalo answered HTTP " + reply.status() + ": " + describe(reply));
        }
        if (reply.status() == 429) {
            return new PostResult.RateLimited(reply.retryAfter().orElse(rateLimitBackoff),
                    "Zalo rate limit: " + describe(reply));
        }
        JsonNode error = reply.json().path("error");
        if (reply.isSuccess() && error.isNumber() && error.asInt() == 0) {
            return null;
        }
        int code = error.asInt(Integer.MIN_VALUE);
        if (TOKEN_ERRORS.contains(code)) {
            return new PostResult.NeedsReauthorisation("Zalo rejected the OA access token: " + describe(reply));
        }
        if (RATE_LIMIT_ERRORS.contains(code)) {
            return new PostResult.RateLimited(rateLimitBackoff, "Zalo rate limit: " + describe(reply));
        }
        if (reply.isSuccess() && !error.isNumber()) {
            return new PostResult.Unknown("Zalo answered HTTP " + reply.status() + " without an error code: "
                    + reply.bodySnippet());
        }
        return new PostResult.Failed(reply.status(), "Zalo refused the article: " + describe(reply));
    }

    private static String describe(HttpReply reply) {
        JsonNode json = reply.json();
        return json.has("error") ? json.path("message").asString("") + " (error " + json.path("error").asString() + ")"
                : reply.bodySnippet();
    }

    private void authorise(HttpHeaders headers) {
        headers.set("access_token", credentials.accessToken());
    }

    /**
     * One OA's credentials, decrypted by the caller; refreshing the token is the caller's too.
     *
     * @param accessToken the OA access token (valid one hour, per Zalo's OAuth v4)
     */
    public record Credentials(String accessToken) {
        public Credentials {
            Objects.requireNonNull(accessToken, "accessToken");
        }

        @Override
        public String toString() {
            return "Credentials[accessToken=***]";
        }
    }
}
