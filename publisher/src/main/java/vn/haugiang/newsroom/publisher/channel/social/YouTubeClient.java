package vn.haugiang.newsroom.publisher.channel.social;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.databind.JsonNode;

/**
 * Uploads videos to one YouTube channel with the YouTube Data API v3 resumable upload protocol.
 *
 * <ol>
 * <li>{@code POST /upload/youtube/v3/videos?uploadType=resumable&part=snippet,status} with the video resource
 * ({@code snippet.title}, {@code snippet.description}, {@code snippet.tags}, {@code status.privacyStatus}) and
 * {@code X-Upload-Content-Length}/{@code X-Upload-Content-Type} → {@code 200} with the session URI in
 * {@code Location};</li>
 * <li>{@code PUT} the bytes to that URI → {@code 200/201} with the video resource {@code {"id": ...}}.</li>
 * </ol>
 * (<a href="https://developers.google.com/youtube/v3/guides/using_resumable_upload_protocol">Resumable uploads</a>,
 * <a href="https://developers.google.com/youtube/v3/docs/videos/insert">videos.insert</a>.) Reconcile reads the
 * channel's uploads playlist ({@code channels.list?mine=true} then {@code playlistItems.list}, 1 quota unit each,
 * where {@code search.list} costs 100) and matches the marker in the descriptions.
 *
 * <p>A correction edits the video's snippet: {@code GET /youtube/v3/videos?part=snippet&id=...}
 * (<a href="https://developers.google.com/youtube/v3/docs/videos/list">videos.list</a>, 1 unit) for its
 * {@code categoryId}, then {@code PUT /youtube/v3/videos?part=snippet} with {@code {"id", "snippet": {"title",
 * "description", "tags", "categoryId"}}}
 * (<a href="https://developers.google.com/youtube/v3/docs/videos/update">videos.update</a>, 50 units): the update
 * replaces the whole snippet, {@code categoryId} is required with it, and a description or tags left out would be
 * erased, so all four are sent. A video no longer listed (deleted) is {@link PostResult.Failed}: a new upload
 * is made instead.
 *
 * <p>A failed PUT is not resumed here: the protocol allows it, but a resume is a second send, which is the
 * delivery job's decision after a reconcile. Errors are classified by {@link YouTubeErrors}.
 */
public final class YouTubeClient implements SocialChannelClient {

    static final int RECONCILE_WINDOW = 25;

    private final RestClient http;
    private final RestClient upload;
    private final Credentials credentials;
    private final Clock clock;
    private final Duration rateLimitBackoff;

    /**
     * @param settings      {@code https://www.googleapis.com} and the timeouts for the API calls
     * @param uploadTimeout how long the video PUT may take until its answer (the JDK client counts the upload in it)
     * @param credentials   the channel's OAuth access token
     * @param clock         for the wait until the daily quota resets
     */
    public YouTubeClient(SocialClientSettings settings, Duration uploadTimeout, Credentials credentials, Clock clock) {
        this.http = settings.restClient();
        this.upload = settings.withReadTimeout(uploadTimeout).restClient();
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rateLimitBackoff = settings.backoffOr(YouTubeErrors.DEFAULT_RATE_LIMIT_WAIT);
    }

    @Override
    public PostResult post(SocialPost post) {
        SocialPost.Media media = post.media();
        if (media == null || media.kind() != SocialPost.MediaKind.VIDEO || media.file() == null) {
            return new PostResult.Failed(0, "a YouTube post needs a video file");
        }
        if (post.title() == null || post.title().isBlank()) {
            return new PostResult.Failed(0, "a YouTube video needs a title");
        }
        Path file = media.file();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return new PostResult.Failed(0, "cannot read the video file " + file + ": " + e.getMessage());
        }
        String contentType = media.contentType() != null ? media.contentType() : "video/*";

        HttpReply session;
        try {
            session = HttpReply.exchange(http.post()
                    .uri(b -> b.path("/upload/youtube/v3/videos")
                            .queryParam("uploadType", "resumable")
                            .queryParam("part", "snippet,status")
                            .build())
                    .headers(this::authorise)
                    .header("X-Upload-Content-Length", Long.toString(size))
                    .header("X-Upload-Content-Type", contentType)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(videoResource(post)));
        } catch (RestClientException e) {
            // Starting a session creates no video, but the delivery job decides; a reconcile is cheap.
            return new PostResult.Unknown("no answer to the YouTube upload session request: " + e.getMessage());
        }
        if (!session.isSuccess()) {
            return YouTubeErrors.classify(session, clock, rateLimitBackoff);
        }
        String location = session.headers().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return new PostResult.Unknown("YouTube started no upload session (no Location header)");
        }

        HttpReply uploaded;
        try {
            uploaded = HttpReply.exchange(upload.put()
                    .uri(URI.create(location))
                    .headers(this::authorise)
                    .contentType(MediaType.parseMediaType(contentType))
                    .contentLength(size)
                    .body(new FileSystemResource(file)));
        } catch (RestClientException e) {
            return new PostResult.Unknown("no answer to the YouTube video upload: " + e.getMessage());
        }
        if (!uploaded.isSuccess()) {
            return YouTubeErrors.classify(uploaded, clock, rateLimitBackoff);
        }
        String id = uploaded.json().path("id").asString("");
        if (id.isEmpty()) {
            return new PostResult.Unknown("YouTube answered HTTP " + uploaded.status() + " without a video id");
        }
        return new PostResult.Delivered(id, watchUrl(id));
    }

    @Override
    public PostResult edit(String externalId, SocialPost post) {
        if (post.title() == null || post.title().isBlank()) {
            return new PostResult.Failed(0, "a YouTube video needs a title");
        }
        HttpReply listed;
        try {
            listed = HttpReply.exchange(http.get().uri(b -> b.path("/youtube/v3/videos").queryParam("part", "snippet")
                    .queryParam("id", externalId).build()).headers(this::authorise));
        } catch (RestClientException e) {
            return new PostResult.Unknown("no answer reading YouTube video " + externalId + ": " + e.getMessage());
        }
        if (!listed.isSuccess()) {
            return YouTubeErrors.classify(listed, clock, rateLimitBackoff);
        }
        JsonNode current = listed.json().path("items").path(0);
        if (current.isMissingNode()) {
            return new PostResult.Failed(404, "YouTube video " + externalId + " no longer exists");
        }
        Map<String, Object> snippet = snippet(post);
        // Every video has one; 25 (News & Politics) only stands in should a listing ever omit it.
        snippet.put("categoryId", current.path("snippet").path("categoryId").asString("25"));
        HttpReply updated;
        try {
            updated = HttpReply.exchange(http.put().uri(b -> b.path("/youtube/v3/videos").queryParam("part", "snippet")
                    .build()).headers(this::authorise).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("id", externalId, "snippet", snippet)));
        } catch (RestClientException e) {
            return new PostResult.Unknown("no answer to the YouTube videos.update of " + externalId + ": "
                    + e.getMessage());
        }
        if (!updated.isSuccess()) {
            return YouTubeErrors.classify(updated, clock, rateLimitBackoff);
        }
        return new PostResult.Delivered(externalId, watchUrl(externalId));
    }

    @Override
    public Optional<PostResult.Delivered> find(String externalId, SocialPost post) {
        JsonNode videos = read(http.get().uri(b -> b.path("/youtube/v3/videos").queryParam("part", "snippet")
                .queryParam("id", externalId).build()), "video " + externalId);
        String description = videos.path("items").path(0).path("snippet").path("description").asString(null);
        return post.isMarkedIn(description) ? Optional.of(new PostResult.Delivered(externalId, watchUrl(externalId)))
                : Optional.empty();
    }

    /** @param sentFrom not used: the uploads playlist carries the descriptions, so the marker is matched directly */
    @Override
    public Optional<PostResult.Delivered> reconcile(SocialPost post, Instant sentFrom) {
        JsonNode channels = read(http.get().uri(b -> b.path("/youtube/v3/channels")
                .queryParam("part", "contentDetails").queryParam("mine", "true").build()), "the channel");
        String uploads = channels.path("items").path(0).path("contentDetails").path("relatedPlaylists")
                .path("uploads").asString("");
        if (uploads.isEmpty()) {
            throw new ReconcileException("YouTube returned no uploads playlist for the authorised channel");
        }
        JsonNode items = read(http.get().uri(b -> b.path("/youtube/v3/playlistItems")
                .queryParam("part", "snippet").queryParam("playlistId", uploads)
                .queryParam("maxResults", RECONCILE_WINDOW).build()), "the uploads playlist");
        for (JsonNode item : items.path("items")) {
            JsonNode snippet = item.path("snippet");
            if (post.isMarkedIn(snippet.path("description").asString(null))) {
                String id = snippet.path("resourceId").path("videoId").asString();
                return Optional.of(new PostResult.Delivered(id, watchUrl(id)));
            }
        }
        return Optional.empty();
    }

    private JsonNode read(RestClient.RequestHeadersSpec<?> request, String what) {
        HttpReply reply = HttpReply.readForReconcile(request.headers(this::authorise), what + " on YouTube");
        if (!reply.isSuccess()) {
            throw new ReconcileException("YouTube answered HTTP " + reply.status() + " reading " + what
                    + YouTubeErrors.describe(reply));
        }
        return reply.json();
    }

    private void authorise(HttpHeaders headers) {
        headers.setBearerAuth(credentials.accessToken());
    }

    private static Map<String, Object> videoResource(SocialPost post) {
        return Map.of("snippet", snippet(post), "status", Map.of("privacyStatus", "public"));
    }

    /** Title, description ending with the marker, tags: what an upload sets and an edit replaces. */
    private static Map<String, Object> snippet(SocialPost post) {
        Map<String, Object> snippet = new LinkedHashMap<>();
        snippet.put("title", post.title());
        snippet.put("description", post.text().isBlank() ? post.marker() : post.text() + "\n\n" + post.marker());
        snippet.put("tags", post.tags());
        return snippet;
    }

    private static URI watchUrl(String id) {
        return URI.create("https://www.youtube.com/watch?v=" + id);
    }

    /**
     * One channel's credentials, decrypted by the caller; refreshing the token is the caller's too.
     *
     * @param accessToken an OAuth 2.0 access token with the {@code youtube.upload} and {@code youtube.readonly} scopes,
     *                    and {@code youtube} (or {@code youtube.force-ssl}) for corrections: without it
     *                    {@code videos.update} answers 403 and the correction is uploaded as a new video
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
