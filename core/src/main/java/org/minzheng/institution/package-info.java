/**
 * Institutions (民政服务机构) of rules.md §7 and community grids of §8: kinds, beds, residents,
 * construction status, the dual-prevention coverage rule and the nursing-bed share.
 *
 * @since 0.1
 */
package org.minzheng.institution;
