/**
 * The publisher application: web, social and broadcast channels.
 */
@NullMarked
package vn.haugiang.newsroom.publisher;

import org.jspecify.annotations.NullMarked;
