package vn.haugiang.newsroom.publisher.channel.social;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.publisher.delivery.ChannelKind;

/**
 * Output channels as the social side sees them: their status and their credentials, which are only ever
 * stored encrypted ({@link CredentialCipher}) and only decrypted to build a client.
 */
@Component
class SocialChannels {

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final CredentialCipher cipher;

    SocialChannels(JdbcClient jdbc, CredentialCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Every channel, web ones included (they just never have credentials), by id. */
    List<Channel> list() {
        return jdbc.sql(SELECT + " ORDER BY id").query(SocialChannels::channel).list();
    }

    Optional<Channel> find(String id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(SocialChannels::channel).optional();
    }

    private static final String SELECT = """
            SELECT id, unit_id, kind, name, status, status_reason, credentials IS NOT NULL AS has_credentials, updated_at
            FROM output_channel""";

    private static Channel channel(ResultSet rs, int row) throws SQLException {
        return new Channel(rs.getString("id"), rs.getString("unit_id"), ChannelKind.ofCode(rs.getString("kind")),
                rs.getString("name"), rs.getString("status"), rs.getString("status_reason"),
                rs.getBoolean("has_credentials"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /**
     * Replaces the channel's credentials. New credentials are a re-authorisation: a channel flagged
     * {@code needs_reauthorisation} becomes {@code active}; one an operator {@code paused} stays paused.
     *
     * @return whether the channel exists
     */
    boolean storeCredentials(String channelId, Map<String, String> fields) {
        byte[] plain = JsonMapper.shared().writeValueAsBytes(new TreeMap<>(fields));
        return jdbc.sql("""
                UPDATE output_channel SET credentials = :blob, updated_at = now(),
                    status = CASE WHEN status = 'needs_reauthorisation' THEN 'active' ELSE status END,
                    status_reason = CASE WHEN status = 'needs_reauthorisation' THEN NULL ELSE status_reason END
                WHERE id = :id
                """).param("blob", cipher.encrypt(channelId, plain)).param("id", channelId).update() == 1;
    }

    /**
     * Sets a channel flagged {@code needs_reauthorisation} back to {@code active}, e.g. after its token was renewed
     * on the platform's side; its waiting deliveries are then claimed again.
     *
     * @return whether the channel exists
     */
    boolean reauthorised(String channelId) {
        jdbc.sql("""
                UPDATE output_channel SET status = 'active', status_reason = NULL, updated_at = now()
                WHERE id = :id AND status = 'needs_reauthorisation'
                """).param("id", channelId).update();
        return find(channelId).isPresent();
    }

    /**
     * The decrypted credential fields ({@code pageId}, {@code accessToken}); empty when none are stored.
     *
     * @throws CredentialCipher.CredentialsUnreadableException when they cannot be decrypted with the current key
     */
    Optional<Map<String, String>> credentials(String channelId) {
        Optional<byte[]> blob = jdbc.sql("SELECT credentials FROM output_channel WHERE id = :id AND credentials IS NOT NULL")
                .param("id", channelId).query((rs, n) -> rs.getBytes(1)).optional();
        return blob.map(b -> JsonMapper.shared().readValue(cipher.decrypt(channelId, b), FIELDS));
    }

    /**
     * A channel without its credentials.
     *
     * @param status         {@code active}, {@code needs_reauthorisation} or {@code paused}
     * @param statusReason   why (the API's message for a rejected token), if any
     * @param hasCredentials whether credentials are stored (they are never returned)
     */
    record Channel(String id, String unitId, ChannelKind kind, String name, String status,
            @Nullable String statusReason, boolean hasCredentials, Instant updatedAt) {

        boolean isActive() {
            return "active".equals(status);
        }
    }
}
