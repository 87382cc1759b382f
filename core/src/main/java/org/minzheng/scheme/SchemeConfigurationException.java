package org.minzheng.scheme;

import java.util.List;
import org.minzheng.standard.StandardsConfigurationException;

/**
 * Scheme modules that cannot be loaded together: a dependency that no module provides, a cycle of
 * dependencies, two modules for one scheme or one step prefix, or a parameter that clashes. Each
 * problem names the schemes involved.
 *
 * @since 0.2
 */
public final class SchemeConfigurationException extends StandardsConfigurationException {
  private static final long serialVersionUID = 1L;

  /**
   * @param problems the problems, at least one, not null
   */
  public SchemeConfigurationException(List<String> problems) {
    super(problems);
  }
}
