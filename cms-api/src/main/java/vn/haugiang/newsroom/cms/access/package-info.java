/**
 * Users, roles and bearer tokens: who may act, in which unit.
 */
@NullMarked
package vn.haugiang.newsroom.cms.access;

import org.jspecify.annotations.NullMarked;
