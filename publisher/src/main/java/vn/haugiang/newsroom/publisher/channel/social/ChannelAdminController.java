package vn.haugiang.newsroom.publisher.channel.social;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.haugiang.newsroom.publisher.access.Caller;
import vn.haugiang.newsroom.publisher.delivery.ChannelKind;

/**
 * Output channels for operators: their status and their credentials, which go in and never come out.
 *
 * <ul>
 * <li>{@code GET /api/channels} → {@code [{"id", "unitId", "kind", "name", "status", "statusReason",
 * "hasCredentials", "updatedAt"}]}; {@code status} is {@code active}, {@code needs_reauthorisation} or
 * {@code paused}.</li>
 * <li>{@code PUT /api/channels/{id}/credentials} with {@code {"pageId": "…", "accessToken": "…"}} (Facebook: the Page
 * id and a Page access token) or {@code {"accessToken": "…"}} (YouTube: OAuth access token; Zalo: OA access token)
 * → 200 with the channel as above. Stored AES-256-GCM encrypted; a channel flagged {@code needs_reauthorisation}
 * becomes {@code active}. 404 unknown channel; 422 problem+json with {@code field} for a missing, blank or unknown
 * field or a web channel.</li>
 * <li>{@code POST /api/channels/{id}/reauthorised} → 200 with the channel, {@code active} again if it was flagged
 * (e.g. the token was renewed on the platform's side).</li>
 * </ul>
 * Access: {@code SYSTEM_ADMIN} and {@code UNIT_ADMIN} (see the publisher's security configuration); a unit admin
 * sees and acts on the channels of their own unit only, others' answer 404.
 */
@RestController
@Tag(name = "channels", description = "Output channels: their status and their credentials, which go in and never "
        + "come out.")
class ChannelAdminController {

    private final SocialChannels channels;

    ChannelAdminController(SocialChannels channels) {
        this.channels = channels;
    }

    @GetMapping("/api/channels")
    List<ChannelView> list(@AuthenticationPrincipal Jwt token) {
        Caller caller = Caller.of(token);
        return channels.list().stream().filter(c -> caller.mayActOn(c.unitId())).map(ChannelView::of).toList();
    }

    @PutMapping("/api/channels/{id}/credentials")
    @ApiResponse(responseCode = "200", description = "The channel, active, with credentials.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No such channel, or another unit's.")
    @ApiResponse(responseCode = "422", description = "A missing, blank or unknown credential, or a web channel "
            + "(field says which).")
    ChannelView credentials(@AuthenticationPrincipal Jwt token, @PathVariable String id,
            @RequestBody Map<String, String> body) {
        SocialChannels.Channel channel = visible(token, id);
        List<String> required = SocialClients.requiredFields(channel.kind());
        if (channel.kind() == ChannelKind.WEB) {
            throw SocialApiProblem.invalid("id", "channel " + id + " is a web channel; it has no credentials");
        }
        for (String field : required) {
            String value = body.get(field);
            if (value == null || value.isBlank()) {
                throw SocialApiProblem.invalid(field, "a " + channel.kind().code() + " channel needs " + required);
            }
        }
        for (String field : body.keySet()) {
            if (!required.contains(field)) {
                throw SocialApiProblem.invalid(field, "not a credential of a " + channel.kind().code()
                        + " channel; expected " + required);
            }
        }
        channels.storeCredentials(id, body);
        return ChannelView.of(channels.find(id).orElseThrow());
    }

    @PostMapping("/api/channels/{id}/reauthorised")
    @ApiResponse(responseCode = "200", description = "The channel, active again.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No such channel, or another unit's.")
    ChannelView reauthorised(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        visible(token, id);
        if (!channels.reauthorised(id)) {
            throw SocialApiProblem.notFound("channel " + id);
        }
        return ChannelView.of(channels.find(id).orElseThrow());
    }

    private SocialChannels.Channel visible(Jwt token, String id) {
        return channels.find(id)
                .filter(c -> Caller.of(token).mayActOn(c.unitId()))
                .orElseThrow(() -> SocialApiProblem.notFound("channel " + id));
    }

    /** A channel as the API shows it: never its credentials, only whether it has some. */
    record ChannelView(String id, String unitId, String kind, String name, String status,
            @Nullable String statusReason, boolean hasCredentials, Instant updatedAt) {

        static ChannelView of(SocialChannels.Channel c) {
            return new ChannelView(c.id(), c.unitId(), c.kind().code(), c.name(), c.status(), c.statusReason(),
                    c.hasCredentials(), c.updatedAt());
        }
    }
}
