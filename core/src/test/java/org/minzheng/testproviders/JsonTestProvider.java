package org.minzheng.testproviders;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.spi.StandardsDocument;
import org.minzheng.standard.spi.StandardsProvider;

/** A standards provider for tests: an id, regions and JSON documents given as text or resources. */
public final class JsonTestProvider implements StandardsProvider {
  private final String id;
  private final Set<RegionCode> regions;
  private final List<StandardsDocument> documents;
  private final int spiVersion;

  private JsonTestProvider(String id, Set<RegionCode> regions, List<StandardsDocument> documents, int spiVersion) {
    this.id = id;
    this.regions = regions;
    this.documents = documents;
    this.spiVersion = spiVersion;
  }

  /** A provider of one class-path resource (under /test-standards/). */
  public static JsonTestProvider ofResource(String id, String resource, String... regions) {
    return new JsonTestProvider(id, codes(regions),
        ImmutableList.of(StandardsDocument.ofResource(JsonTestProvider.class, resource)), StandardsProvider.SPI_VERSION);
  }

  /** A provider of one document given as text. */
  public static JsonTestProvider ofJson(String id, String name, String json, String... regions) {
    return new JsonTestProvider(id, codes(regions),
        ImmutableList.of(StandardsDocument.of(name, json.getBytes(StandardCharsets.UTF_8))),
        StandardsProvider.SPI_VERSION);
  }

  /** This provider, declaring another SPI version. */
  public JsonTestProvider withSpiVersion(int version) {
    return new JsonTestProvider(id, regions, documents, version);
  }

  private static Set<RegionCode> codes(String... regions) {
    return Arrays.stream(regions).map(RegionCode::of).collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Set<RegionCode> regions() {
    return regions;
  }

  @Override
  public List<StandardsDocument> documents() {
    return documents;
  }

  @Override
  public int spiVersion() {
    return spiVersion;
  }

  @Override
  public String toString() {
    return "JsonTestProvider[" + id + "]";
  }
}
