package org.minzheng.internal.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.StepMessages;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.Scheme;

/**
 * What the built-in scheme modules share: their declarations are data, their bundles sit beside them
 * ({@code <prefix>_<language>.properties} in the module's package), and the engine runs their rules
 * itself, in its batch-friendly form.
 */
public abstract class BuiltInScheme implements SchemeModule {
  private final Scheme scheme;
  private final Unit unit;
  private final String prefix;
  private final Set<Scheme> dependsOn;
  private final List<ParameterKey<?>> parameters;

  protected BuiltInScheme(Scheme scheme, Unit unit, String prefix, Set<Scheme> dependsOn, ParameterKey<?>... parameters) {
    this.scheme = scheme;
    this.unit = unit;
    this.prefix = prefix;
    this.dependsOn = Set.copyOf(dependsOn);
    this.parameters = List.of(parameters);
  }

  @Override
  public final Scheme scheme() {
    return scheme;
  }

  @Override
  public final Unit unit() {
    return unit;
  }

  @Override
  public final List<ParameterKey<?>> parameters() {
    return parameters;
  }

  @Override
  public final Set<Scheme> dependsOn() {
    return dependsOn;
  }

  @Override
  public final String stepPrefix() {
    return prefix;
  }

  @Override
  public final Optional<ResourceBundle> messages(Locale locale) {
    return StepMessages.bundle(getClass(), "/" + getClass().getPackageName().replace('.', '/') + "/" + prefix + "_",
        locale.getLanguage());
  }

  @Override
  public String toString() {
    return "built-in scheme module " + scheme + " (" + scheme.chinese() + ")";
  }
}
