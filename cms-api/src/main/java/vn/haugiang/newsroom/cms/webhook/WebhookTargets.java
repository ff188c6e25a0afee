package vn.haugiang.newsroom.cms.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks pointed at the outside world. A subscription must not turn the server into a
 * probe of its own network (SSRF): loopback, private (RFC 1918, IPv6 unique local), link-local
 * (169.254/16, where cloud metadata lives), any-local and multicast addresses are refused, at
 * subscription and again before every send, since a name may resolve elsewhere later.
 * {@code newsroom.webhooks.allow-private-targets=true} (the local profile) lifts this for
 * receivers on a developer's machine.
 */
@Component
class WebhookTargets {

    private final boolean allowPrivate;

    WebhookTargets(@Value("${newsroom.webhooks.allow-private-targets:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why {@code url} may not be called, or empty when it may. */
    Optional<String> refusal(String url) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = URI.create(url).getHost();
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isInternal(address)) {
                    return Optional.of(host + " resolves to " + address.getHostAddress()
                            + ", an internal address; webhooks go to public receivers only");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("the host " + host + " cannot be resolved");
        }
    }

    static boolean isInternal(InetAddress address) {
        byte[] raw = address.getAddress();
        boolean uniqueLocalV6 = raw.length == 16 && (raw[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6;
    }
}
