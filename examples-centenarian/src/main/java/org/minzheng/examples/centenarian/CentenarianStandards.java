package org.minzheng.examples.centenarian;

import java.util.List;
import java.util.Set;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.spi.StandardsDocument;
import org.minzheng.standard.spi.StandardsProvider;

/**
 * The county standards document of the ILLUSTRATIVE centenarian top-up: Baofeng County (410421)
 * claims the scheme from 2021-01-01 and gives its two parameters. Not real data: every value is
 * marked {@code ASSUMPTION} and its source says it is illustrative.
 *
 * @since 0.2
 */
public final class CentenarianStandards implements StandardsProvider {
  /** The provider id; the document's {@code module} field equals it. */
  public static final String ID = "examples-centenarian-baofeng";

  /** Baofeng County. */
  public static final RegionCode BAOFENG = RegionCode.of("410421");

  private static final CentenarianStandards INSTANCE = new CentenarianStandards();

  private final List<StandardsDocument> documents = List.of(StandardsDocument.ofResource(CentenarianStandards.class,
      "/examples-centenarian/baofeng-centenarian.json"));

  /** Public for {@link java.util.ServiceLoader}; hosts use {@link #provider()}. */
  public CentenarianStandards() {}

  /** @return the provider */
  public static CentenarianStandards provider() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<RegionCode> regions() {
    return Set.of(BAOFENG);
  }

  @Override
  public List<StandardsDocument> documents() {
    return documents;
  }

  @Override
  public String toString() {
    return "CentenarianStandards[ILLUSTRATIVE centenarian top-up for 410421 from 2021-01-01]";
  }
}
