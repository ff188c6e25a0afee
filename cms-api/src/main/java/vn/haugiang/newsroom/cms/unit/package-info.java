/**
 * Units (đơn vị) and the plan's tasks, as editable data seeded from the province's plan.
 */
@NullMarked
package vn.haugiang.newsroom.cms.unit;

import org.jspecify.annotations.NullMarked;
