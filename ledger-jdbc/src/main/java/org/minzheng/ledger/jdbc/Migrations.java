package org.minzheng.ledger.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The ledger's Flyway migrations, read from this jar by name rather than found by scanning the class
 * path: so they are found on the module path and in a shaded jar alike, and a host's own migrations
 * are never mixed in. Adding a migration means adding its file and its name to {@link #NAMES}.
 */
final class Migrations implements ResourceProvider {
  /** The folder of the migration files, relative to this class. */
  static final String FOLDER = "migration/";
  /** Every migration, in order. Never edit a released one: add the next. */
  static final List<String> NAMES = List.of("V1__ledger.sql", "V2__line_period_index.sql");
  /** The latest schema version. */
  static final String LATEST = "2";

  @Override
  public LoadableResource getResource(String name) {
    return NAMES.contains(name) ? new Migration(name) : null;
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    List<LoadableResource> out = new ArrayList<>();
    for (String name : NAMES) {
      if (name.startsWith(prefix)) {
        for (String suffix : suffixes) {
          if (name.endsWith(suffix)) {
            out.add(new Migration(name));
            break;
          }
        }
      }
    }
    return out;
  }

  private static final class Migration extends LoadableResource {
    private final String name;

    Migration(String name) {
      this.name = name;
    }

    @Override
    public Reader read() {
      InputStream in = Migrations.class.getResourceAsStream(FOLDER + name);
      if (in == null) {
        throw new UncheckedIOException(new IOException("migration " + name + " is missing from the minzheng-ledger-jdbc jar"));
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public String getAbsolutePath() {
      return "org/minzheng/ledger/jdbc/" + FOLDER + name;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return getAbsolutePath();
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public String getRelativePath() {
      return name;
    }
  }
}
