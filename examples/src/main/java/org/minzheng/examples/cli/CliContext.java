package org.minzheng.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.minzheng.StandardsRegistry;
import org.minzheng.standard.spi.StandardsProvider;

/**
 * What the command line takes from its surroundings, injected so that tests run it in-process: the
 * clock ("today"), the standards, standard input, the working directory, and whether a terminal is
 * attached (for the progress bar).
 *
 * @param clock the clock that says what today is, not null
 * @param registry supplies the standards (called once, when a command needs them), not null
 * @param providers supplies the standards providers, for {@code check} (its cases pick among them by id), not null
 * @param stdin standard input, read for the file name {@code -}, not null
 * @param workingDirectory where relative paths and the default output directory resolve, not null
 * @param terminal whether a person is watching a terminal (progress bars are drawn only then)
 * @since 0.1
 */
public record CliContext(Clock clock, Supplier<StandardsRegistry> registry,
    Supplier<List<StandardsProvider>> providers, InputStream stdin, Path workingDirectory, boolean terminal) {

  /** Checks the components. */
  public CliContext {
    requireNonNull(clock, "clock");
    requireNonNull(registry, "registry");
    requireNonNull(providers, "providers");
    requireNonNull(stdin, "stdin");
    requireNonNull(workingDirectory, "workingDirectory");
  }

  /**
   * The context of a real process: the system clock, every installed standards module, {@code System.in},
   * the current directory, and a terminal when {@link System#console()} is present.
   *
   * @return the context
   */
  public static CliContext system() {
    return new CliContext(Clock.systemDefaultZone(), StandardsRegistry::loadInstalled, CliContext::installedProviders,
        System.in, Path.of("").toAbsolutePath(), System.console() != null);
  }

  /**
   * @param providers the standards providers to use, not null
   * @return a copy of this context with a registry of exactly {@code providers}
   */
  public CliContext withProviders(List<StandardsProvider> providers) {
    List<StandardsProvider> copy = List.copyOf(providers);
    return new CliContext(clock, () -> StandardsRegistry.builder().addAll(copy).build(), () -> copy, stdin,
        workingDirectory, terminal);
  }

  private static List<StandardsProvider> installedProviders() {
    List<StandardsProvider> list = new ArrayList<>();
    ServiceLoader.load(StandardsProvider.class, CliContext.class.getClassLoader()).forEach(list::add);
    return list;
  }
}
