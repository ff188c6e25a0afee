/**
 * Items (articles, photo stories, clips, programme segments), their revisions and the rules of
 * who may read and edit them.
 */
@NullMarked
package vn.haugiang.newsroom.cms.content;

import org.jspecify.annotations.NullMarked;
