/**
 * Test support: points tests at the real local PostgreSQL, Elasticsearch and S3 servers.
 */
@NullMarked
package vn.haugiang.newsroom.testing;

import org.jspecify.annotations.NullMarked;
