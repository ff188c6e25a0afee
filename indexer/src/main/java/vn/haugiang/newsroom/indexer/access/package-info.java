/**
 * Access: bearer-token (JWT) security of the indexer's API and the caller's role and unit. Its
 * public face is {@link vn.haugiang.newsroom.indexer.access.Caller}.
 */
@NullMarked
package vn.haugiang.newsroom.indexer.access;

import org.jspecify.annotations.NullMarked;
