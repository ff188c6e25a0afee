package vn.haugiang.newsroom.publisher.channel.social;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.haugiang.newsroom.publisher.access.Caller;
import vn.haugiang.newsroom.publisher.delivery.ChannelKind;
import vn.haugiang.newsroom.text.VietnameseText;

/**
 * An item's text for one social channel, editable before publishing.
 *
 * <ul>
 * <li>{@code GET /api/items/{id}/social-text/{channel}} → {@code {"itemId", "channelId", "kind", "title", "text",
 * "tags", "edited", "editedBy", "updatedAt", "limits": {"titleMax", "textMax", "textUnit", "noAngleBrackets"}}}:
 * the stored edit, or (with {@code "edited": false}) the text prepared from the item's current headline,
 * standfirst, tags and web link. {@code title} is {@code null} for Facebook; {@code textUnit} is
 * {@code characters} or {@code utf8-bytes} (YouTube); the limits leave room for the marker the sender appends.</li>
 * <li>{@code PUT} the same path with {@code {"title": "…" (optional; YouTube, Zalo), "text": "…"}} → 200 as above.
 * Text is stored in NFC. 422 problem+json with {@code field} {@code text} or {@code title} when over the
 * channel's limit, blank, or (YouTube) with {@code <} or {@code >}.</li>
 * </ul>
 * 404 for an unknown item or channel; 422 ({@code field} {@code channel}) for a web channel. The editor recorded is
 * the token's subject (the user name).
 */
@RestController
@Tag(name = "social text", description = "An item's text for one social channel, prepared within the platform's "
        + "limits and editable before it goes out.")
class SocialTextController {

    private final SocialSources sources;
    private final SocialTexts texts;
    private final SocialChannels channels;

    SocialTextController(SocialSources sources, SocialTexts texts, SocialChannels channels) {
        this.sources = sources;
        this.texts = texts;
        this.channels = channels;
    }

    @GetMapping("/api/items/{id}/social-text/{channel}")
    @ApiResponse(responseCode = "200", description = "The stored edit, or the prepared text.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "The item id is not a UUID.")
    @ApiResponse(responseCode = "404", description = "No such item or channel, or another unit's.")
    @ApiResponse(responseCode = "422", description = "A web channel (field channel).")
    TextView get(@AuthenticationPrincipal Jwt token, @PathVariable UUID id, @PathVariable String channel) {
        SocialChannels.Channel ch = socialChannel(channel, token);
        SocialSources.SocialItem item = item(id, token);
        return view(item, ch);
    }

    @PutMapping("/api/items/{id}/social-text/{channel}")
    @ApiResponse(responseCode = "200", description = "The stored edit.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "The item id is not a UUID.")
    @ApiResponse(responseCode = "404", description = "No such item or channel, or another unit's.")
    @ApiResponse(responseCode = "422", description = "Text or title blank, over the channel's limit or (YouTube) "
            + "with < or >, or a web channel (field says which).")
    TextView put(@AuthenticationPrincipal Jwt token, @PathVariable UUID id, @PathVariable String channel,
            @RequestBody Edit edit) {
        SocialChannels.Channel ch = socialChannel(channel, token);
        SocialSources.SocialItem item = item(id, token);
        String text = edit.text() == null ? "" : edit.text();
        SocialTexts.check(ch.kind(), edit.title(), text).ifPresent(v -> {
            throw SocialApiProblem.invalid(v.field(), v.field() + " " + v.message());
        });
        sources.storeEdit(id, ch.id(), edit.title() == null ? null : VietnameseText.nfc(edit.title()).strip(),
                VietnameseText.nfc(text).strip(), token.getSubject());
        return view(item, ch);
    }

    private TextView view(SocialSources.SocialItem item, SocialChannels.Channel ch) {
        @Nullable URI link = sources.webPage(item.id(), item.unitId()).orElse(null);
        SocialTexts.Variant v = texts.current(item, ch.id(), ch.kind(), link);
        return new TextView(item.id(), ch.id(), ch.kind().code(), v.title(), v.text(), v.tags(), v.edited(),
                v.editedBy(), v.updatedAt(), SocialTexts.limits(ch.kind()));
    }

    private SocialChannels.Channel socialChannel(String id, Jwt token) {
        SocialChannels.Channel ch = channels.find(id).filter(c -> Caller.of(token).mayActOn(c.unitId()))
                .orElseThrow(() -> SocialApiProblem.notFound("channel " + id));
        if (ch.kind() == ChannelKind.WEB) {
            throw SocialApiProblem.invalid("channel", "channel " + id + " is a web channel; it has no social text");
        }
        return ch;
    }

    /** The item, if the caller's unit may see it (others' items answer 404, as in cms-api). */
    private SocialSources.SocialItem item(UUID id, Jwt token) {
        return sources.item(id).filter(item -> Caller.of(token).mayActOn(item.unitId()))
                .orElseThrow(() -> SocialApiProblem.notFound("item " + id));
    }

    /** An edit; {@code title} {@code null} keeps the prepared title. */
    record Edit(@Nullable String title, @Nullable String text) {
    }

    record TextView(UUID itemId, String channelId, String kind, @Nullable String title, String text, List<String> tags,
            boolean edited, @Nullable String editedBy, @Nullable Instant updatedAt, SocialTexts.Limits limits) {
    }
}
