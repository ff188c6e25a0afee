/**
 * The CMS API application (cms-api): content, media, workflow, roles and units.
 */
@NullMarked
package vn.haugiang.newsroom.cms;

import org.jspecify.annotations.NullMarked;
