package vn.haugiang.newsroom.publisher.delivery;

/**
 * Published when a channel was flagged {@code needs_reauthorisation}: its deliveries wait until an
 * operator re-authorises it and sets it {@code active} again.
 */
public record ChannelNeedsReauthorisationFlagged(String channelId, String reason) {
}
