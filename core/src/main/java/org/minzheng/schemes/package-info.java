/**
 * The scheme modules a calculator runs: {@link org.minzheng.schemes.Schemes}, the six built-in
 * modules (one subpackage each, with the message bundles of their steps) plus those installed or
 * registered by hand, ordered by their dependencies. The rules in words are in the project's
 * {@code docs/rules/}.
 *
 * @since 0.2
 */
package org.minzheng.schemes;
