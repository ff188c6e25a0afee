/**
 * Who may use the publisher's API: bearer JWTs (the same tokens as cms-api's) and role rules per
 * endpoint. Its public face is {@link vn.haugiang.newsroom.publisher.access.Caller}: who calls, and
 * which unit's channels they may see and act on.
 */
@NullMarked
package vn.haugiang.newsroom.publisher.access;

import org.jspecify.annotations.NullMarked;
