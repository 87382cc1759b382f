/**
 * A built-in scheme module: its declaration (identifier, names, parameters, dependencies), its rule
 * on the scheme SPI ({@link TemporaryAssistanceRule}, written against {@link org.minzheng.scheme.CaseContext} as an
 * added scheme's rule is) and, beside them, the message bundles of its explanation steps. The rule in words, its legal basis, its
 * parameters and worked examples are in the project's {@code docs/rules/temporary-assistance.md}.
 *
 * @since 0.2
 */
package org.minzheng.schemes.temporary;
