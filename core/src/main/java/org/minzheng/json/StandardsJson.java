package org.minzheng.json;

import org.minzheng.standard.StandardSet;
import org.minzheng.standard.StandardsConfigurationException;
import org.minzheng.standard.spi.StandardsDocument;

/**
 * Reads a standards document (the JSON format of a standards module) into a validated
 * {@link StandardSet}. PLACEHOLDER: the parser is being written (issue 2).
 *
 * @since 0.1
 */
public final class StandardsJson {
  private StandardsJson() {}

  /**
   * @param providerId the provider's id; the document's {@code module} must equal it
   * @param document the document
   * @return the validated set
   * @throws StandardsConfigurationException listing every problem with its JSON path
   */
  public static StandardSet read(String providerId, StandardsDocument document) {
    throw new StandardsConfigurationException(java.util.List.of("not implemented yet"));
  }
}
