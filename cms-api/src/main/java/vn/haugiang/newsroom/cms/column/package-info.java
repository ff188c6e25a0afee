/**
 * Columns (chuyên mục) and special pages (chuyên trang) of each unit, with their default output channels.
 */
@NullMarked
package vn.haugiang.newsroom.cms.column;

import org.jspecify.annotations.NullMarked;
