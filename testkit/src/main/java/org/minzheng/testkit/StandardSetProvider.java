package org.minzheng.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.minzheng.json.StandardsJson;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.spi.StandardsDocument;
import org.minzheng.standard.spi.StandardsProvider;

/**
 * A standards provider serving a {@link StandardSet} (for instance a generated one) as a standards
 * document, written by {@link StandardsJson#write}: so a generated module goes through the same
 * parser and registry as a real one.
 *
 * <pre>{@code
 * StandardsProvider p = StandardSetProvider.of(MinzhengGenerators.standardSets().generate(42L));
 * StandardsRegistry registry = StandardsRegistry.of(p);
 * }</pre>
 *
 * @since 0.1
 */
public final class StandardSetProvider implements StandardsProvider {
  private final String id;
  private final Set<RegionCode> regions;
  private final List<StandardsDocument> documents;

  private StandardSetProvider(StandardSet set) {
    this.id = set.moduleId();
    this.regions = set.regions().stream().map(RegionInfo::code).collect(ImmutableSet.toImmutableSet());
    byte[] json = StandardsJson.write(set).getBytes(StandardCharsets.UTF_8);
    this.documents = List.of(StandardsDocument.of("/" + id + "/" + set.version() + ".json", json));
  }

  /**
   * @param set the standards, not null
   * @return a provider whose id is the set's module id, declaring the set's regions
   */
  public static StandardSetProvider of(StandardSet set) {
    return new StandardSetProvider(requireNonNull(set, "set"));
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
  public String toString() {
    return "StandardSetProvider[" + id + ", " + documents.get(0).name() + "]";
  }
}
