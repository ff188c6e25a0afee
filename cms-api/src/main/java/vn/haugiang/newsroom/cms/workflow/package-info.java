/**
 * The editorial workflow: steps, who may take them, and the audit log.
 */
@NullMarked
package vn.haugiang.newsroom.cms.workflow;

import org.jspecify.annotations.NullMarked;
