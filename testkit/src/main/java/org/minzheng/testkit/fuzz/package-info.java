/**
 * Mutation fuzzing of standards documents, household JSON and CSV, with an oracle for exceptions
 * outside the documented family, negative amounts and documents that do not survive write → read.
 */
package org.minzheng.testkit.fuzz;
