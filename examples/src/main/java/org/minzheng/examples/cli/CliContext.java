package org.minzheng.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.minzheng.StandardsRegistry;

/**
 * What the command line takes from its surroundings, injected so that tests run it in-process: the
 * clock ("today"), the standards, standard input, the working directory, and whether a terminal is
 * attached (for the progress bar).
 *
 * @param clock the clock that says what today is, not null
 * @param registry supplies the standards (called once, when a command needs them), not null
 * @param stdin standard input, read for the file name {@code -}, not null
 * @param workingDirectory where relative paths and the default output directory resolve, not null
 * @param terminal whether a person is watching a terminal (progress bars are drawn only then)
 * @since 0.1
 */
public record CliContext(Clock clock, Supplier<StandardsRegistry> registry, InputStream stdin, Path workingDirectory,
    boolean terminal) {

  /** Checks the components. */
  public CliContext {
    requireNonNull(clock, "clock");
    requireNonNull(registry, "registry");
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
    return new CliContext(Clock.systemDefaultZone(), StandardsRegistry::loadInstalled, System.in,
        Path.of("").toAbsolutePath(), System.console() != null);
  }

  /**
   * @param registry the standards to use, not null
   * @return a copy of this context with {@code registry}
   */
  public CliContext withRegistry(StandardsRegistry registry) {
    requireNonNull(registry, "registry");
    return new CliContext(clock, () -> registry, stdin, workingDirectory, terminal);
  }
}
