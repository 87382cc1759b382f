package org.minzheng.standards2020;

import java.util.List;
import java.util.Set;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.spi.StandardsDocument;
import org.minzheng.standard.spi.StandardsProvider;

/**
 * The standards of Pingdingshan City (平顶山市, 410400), Henan, from 2019-01-01: the first minzheng
 * standards module. Data lives in {@code /standards-2020/pingdingshan.json}; this class only hands it
 * to core.
 *
 * <p>Found by {@link java.util.ServiceLoader}; a host that registers providers by hand uses
 * {@link #provider()}.
 *
 * @since 0.1
 */
public final class Standards2020 implements StandardsProvider {
  /** The provider id. */
  public static final String ID = "standards-2020";

  /** The one document of this module. */
  public static final String RESOURCE = "/standards-2020/pingdingshan.json";

  private static final Standards2020 INSTANCE = new Standards2020();

  private final List<StandardsDocument> documents =
      List.of(StandardsDocument.ofResource(Standards2020.class, RESOURCE));

  /** Public for {@link java.util.ServiceLoader}; hosts use {@link #provider()}. */
  public Standards2020() {}

  /** @return the provider */
  public static Standards2020 provider() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<RegionCode> regions() {
    return REGIONS;
  }

  @Override
  public List<StandardsDocument> documents() {
    return documents;
  }

  @Override
  public String toString() {
    return "Standards2020[" + RESOURCE + ", regions 410400 and its districts and counties]";
  }

  // in this order (the city first): a LinkedHashSet, since Set.of has no order
  private static final Set<RegionCode> REGIONS = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(
      RegionCode.of("410400"), // 平顶山市
      RegionCode.of("410402"), // 新华区
      RegionCode.of("410403"), // 卫东区
      RegionCode.of("410404"), // 石龙区
      RegionCode.of("410411"), // 湛河区
      RegionCode.of("410421"), // 宝丰县
      RegionCode.of("410422"), // 叶县
      RegionCode.of("410423"), // 鲁山县
      RegionCode.of("410425"), // 郏县
      RegionCode.of("410481"), // 舞钢市
      RegionCode.of("410482")))); // 汝州市
}
