/**
 * Institutions (民政服务机构) of rules.md §7 and community grids of §8: kinds, beds, residents,
 * construction status, the dual-prevention coverage rule and the nursing-bed share.
 *
 * <p>Thresholds (beds, residents, whether "以上" includes the threshold, the nursing-bed target,
 * households per grid and its rounding) are parameters read from a
 * {@link org.minzheng.StandardsView}, never constants. No method accepts or returns {@code null}.
 *
 * @since 0.1
 */
@MinzhengStyle
package org.minzheng.institution;

import org.minzheng.household.MinzhengStyle;
