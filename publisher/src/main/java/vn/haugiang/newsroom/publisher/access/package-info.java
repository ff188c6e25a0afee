/**
 * Who may use the publisher's API: bearer JWTs (the same tokens as cms-api's) and role rules per
 * endpoint. Configuration only; no other package depends on it.
 */
@NullMarked
package vn.haugiang.newsroom.publisher.access;

import org.jspecify.annotations.NullMarked;
