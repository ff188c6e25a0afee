/**
 * S3-compatible object storage shared by the apps: client configuration and health.
 */
@NullMarked
package vn.haugiang.newsroom.storage;

import org.jspecify.annotations.NullMarked;
