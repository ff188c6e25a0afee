/**
 * Content bundles: a directory of IPTC ninjs items, their media, schedules and a {@code bundle.json}
 * of columns, channels and per-item settings, validated and imported into the CMS (see
 * {@code docs/bundle-format.md}). The demo's input ({@code demo/}) is such a bundle.
 */
@NullMarked
package vn.haugiang.newsroom.cms.bundle;

import org.jspecify.annotations.NullMarked;
