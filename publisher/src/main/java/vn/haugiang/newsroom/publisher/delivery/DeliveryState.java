package vn.haugiang.newsroom.publisher.delivery;

import java.util.Locale;

/**
 * The state of a delivery, stored as its lower-case {@link #code()}.
 *
 * <pre>
 * pending ──claim──▶ in_progress ──▶ delivered
 *    ▲  ▲                 │   ├────▶ failed_retryable ──(due again)──▶ claimed again
 *    │  └─ channel needs  │   ├────▶ failed_permanent
 *    │     re-authorisation   └────▶ unknown (sent or not: reconcile before anything is sent again)
 *    └── pending and failed_retryable become cancelled when a newer version replaces them or the
 *        item is taken down.
 * </pre>
 */
public enum DeliveryState {
    PENDING, IN_PROGRESS, DELIVERED, FAILED_RETRYABLE, FAILED_PERMANENT, UNKNOWN, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeliveryState ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
