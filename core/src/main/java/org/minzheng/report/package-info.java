/**
 * Reports a civil-affairs bureau writes: recipients, person-times (人次) and amounts per scheme,
 * region and period, cumulative from January; CSV, JSON and text tables in Chinese and English.
 *
 * @since 0.1
 */
package org.minzheng.report;
