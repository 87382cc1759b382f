package org.minzheng.examples.county;

import java.util.List;
import java.util.Set;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.spi.StandardsDocument;
import org.minzheng.standard.spi.StandardsProvider;

/**
 * An example county standards module: Ruzhou City (汝州市, 410482), which the province administers
 * directly and which may set its own standards, overrides <em>one</em> value of Pingdingshan's
 * (410400) standards, the urban dibao standard from 2020-01-01, and inherits everything else from
 * the city.
 *
 * <p>The figure, 600.00 yuan per person per month, is <b>illustrative</b>, not Ruzhou's published
 * standard; the document marks it {@code ASSUMPTION} so every explanation that uses it says so.
 *
 * <p>Found by {@link java.util.ServiceLoader} (through {@code META-INF/services} on the class path and
 * {@code provides} on the module path), or registered by hand with {@link #provider()}.
 *
 * @since 0.1
 */
public final class RuzhouStandards implements StandardsProvider {
  /** The provider id; the document's {@code module} field equals it. */
  public static final String ID = "examples-county-ruzhou";

  /** The one document of this module. */
  public static final String RESOURCE = "/examples-county/ruzhou.json";

  /** Ruzhou City. */
  public static final RegionCode RUZHOU = RegionCode.of("410482");

  private static final RuzhouStandards INSTANCE = new RuzhouStandards();

  private final List<StandardsDocument> documents = List.of(StandardsDocument.ofResource(RuzhouStandards.class, RESOURCE));

  /** Public for {@link java.util.ServiceLoader}; hosts use {@link #provider()}. */
  public RuzhouStandards() {}

  /** @return the provider */
  public static RuzhouStandards provider() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<RegionCode> regions() {
    return Set.of(RUZHOU);
  }

  @Override
  public List<StandardsDocument> documents() {
    return documents;
  }

  @Override
  public String toString() {
    return "RuzhouStandards[" + RESOURCE + ": dibao.standard.urban for 410482 from 2020-01-01]";
  }
}
