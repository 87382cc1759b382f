package org.minzheng.scheme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.minzheng.standard.Parameters;

/** The scheme modules found by the {@link ServiceLoader}, loaded once. */
final class ServiceModules {
  private static volatile List<SchemeModule> found;

  private ServiceModules() {}

  static List<SchemeModule> get() {
    List<SchemeModule> l = found;
    return l != null ? l : load();
  }

  private static synchronized List<SchemeModule> load() {
    if (found != null) {
      return found;
    }
    List<SchemeModule> l = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try {
      for (SchemeModule m : ServiceLoader.load(SchemeModule.class, SchemeModule.class.getClassLoader())) {
        l.add(m);
      }
    } catch (ServiceConfigurationError e) {
      problems.add("a scheme module could not be loaded: " + e.getMessage());
    }
    l.sort(Comparator.comparing(m -> m.scheme().name()));
    for (SchemeModule m : l) {
      try {
        Parameters.register(m.parameters());
      } catch (IllegalArgumentException e) {
        problems.add("scheme " + m.scheme() + " (" + m.getClass().getName() + "): " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new SchemeConfigurationException(problems);
    }
    found = List.copyOf(l);
    return found;
  }
}
