package vn.haugiang.newsroom.publisher.job;

import vn.haugiang.newsroom.publisher.delivery.ClaimedDelivery;
import vn.haugiang.newsroom.publisher.delivery.Outcome;

/** A claimed delivery and what its channel answered, on its way to being recorded. */
record SentDelivery(ClaimedDelivery delivery, Outcome outcome) {
}
