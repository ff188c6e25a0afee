package vn.haugiang.newsroom.publisher.channel.social;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.haugiang.newsroom.publisher.delivery.ChannelKind;

/**
 * Builds the client of one channel from its decrypted credentials. Clients are cheap (one JDK HttpClient each) and
 * built per delivery, so new credentials take effect at once.
 *
 * <p>Credential fields: Facebook {@code pageId} and {@code accessToken} (a Page access token); YouTube and Zalo
 * {@code accessToken}.
 */
@Component
class SocialClients {

    static final String GRAPH_API = "https://graph.facebook.com/v26.0";
    static final String YOUTUBE_API = "https://www.googleapis.com";
    static final String ZALO_API = "https://openapi.zalo.me";

    private final SocialProperties properties;
    private final Clock clock = Clock.systemUTC();

    SocialClients(SocialProperties properties) {
        this.properties = properties;
    }

    /**
     * @throws MissingCredentialException when a field the kind needs is missing or blank
     */
    SocialChannelClient client(SocialChannels.Channel channel, Map<String, String> credentials) {
        return switch (channel.kind()) {
            case FACEBOOK -> new FacebookPageClient(properties.facebook().settings(GRAPH_API),
                    new FacebookPageClient.Credentials(field(credentials, "pageId"), field(credentials, "accessToken")));
            case YOUTUBE -> new YouTubeClient(properties.youtube().settings(YOUTUBE_API), properties.uploadTimeout(),
                    new YouTubeClient.Credentials(field(credentials, "accessToken")), clock);
            case ZALO -> new ZaloOaClient(properties.zalo().settings(ZALO_API),
                    new ZaloOaClient.Credentials(field(credentials, "accessToken")),
                    properties.zaloAuthor().isBlank() ? channel.name() : properties.zaloAuthor());
            case WEB -> throw new IllegalArgumentException("channel " + channel.id() + " is a web channel");
        };
    }

    /** The credential fields a kind needs, in the order an operator gives them. */
    static List<String> requiredFields(ChannelKind kind) {
        return switch (kind) {
            case FACEBOOK -> List.of("pageId", "accessToken");
            case YOUTUBE, ZALO -> List.of("accessToken");
            case WEB -> List.of();
        };
    }

    private static String field(Map<String, String> credentials, String name) {
        String value = credentials.get(name);
        if (value == null || value.isBlank()) {
            throw new MissingCredentialException(name);
        }
        return value;
    }

    /** Stored credentials lack a field this kind of channel needs. */
    static final class MissingCredentialException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MissingCredentialException(String field) {
            super("the stored credentials have no " + field);
        }
    }
}
