/**
 * The content model shared by cms-api, publisher and indexer.
 */
@NullMarked
package vn.haugiang.newsroom.model;

import org.jspecify.annotations.NullMarked;
