/**
 * JSON and CSV for minzheng: {@link org.minzheng.json.MinzhengJson#mapper()} reads and writes every
 * input and result; {@link org.minzheng.json.StandardsJson} reads standards documents, the data format
 * of a standards module, and validates them all at once; {@link org.minzheng.json.HouseholdCsv} reads
 * and writes households as a flat CSV file, one row per person, for data kept in spreadsheets.
 *
 * @since 0.1
 */
package org.minzheng.json;
