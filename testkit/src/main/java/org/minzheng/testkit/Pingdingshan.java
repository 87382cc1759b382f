package org.minzheng.testkit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;

/**
 * The regions of Pingdingshan City (平顶山市, 410400) that the generators and the synthetic caseload
 * use: the city and its ten county-level divisions (GB/T 2260, 2020).
 *
 * @since 0.1
 */
public final class Pingdingshan {
  private Pingdingshan() {}

  /** Pingdingshan City, 410400. */
  public static final RegionCode CITY = RegionCode.of("410400");
  /** Henan Province, 410000. */
  public static final RegionCode PROVINCE = RegionCode.of("410000");
  /** 新华区. */
  public static final RegionCode XINHUA = RegionCode.of("410402");
  /** 卫东区. */
  public static final RegionCode WEIDONG = RegionCode.of("410403");
  /** 石龙区. */
  public static final RegionCode SHILONG = RegionCode.of("410404");
  /** 湛河区. */
  public static final RegionCode ZHANHE = RegionCode.of("410411");
  /** 宝丰县. */
  public static final RegionCode BAOFENG = RegionCode.of("410421");
  /** 叶县. */
  public static final RegionCode YE = RegionCode.of("410422");
  /** 鲁山县. */
  public static final RegionCode LUSHAN = RegionCode.of("410423");
  /** 郏县. */
  public static final RegionCode JIA = RegionCode.of("410425");
  /** 舞钢市. */
  public static final RegionCode WUGANG = RegionCode.of("410481");
  /** 汝州市 (administered by the province directly). */
  public static final RegionCode RUZHOU = RegionCode.of("410482");

  /** The ten county-level divisions, by code. */
  public static final List<RegionInfo> COUNTIES = ImmutableList.of(
      new RegionInfo(XINHUA, "新华区", "Xinhua District"),
      new RegionInfo(WEIDONG, "卫东区", "Weidong District"),
      new RegionInfo(SHILONG, "石龙区", "Shilong District"),
      new RegionInfo(ZHANHE, "湛河区", "Zhanhe District"),
      new RegionInfo(BAOFENG, "宝丰县", "Baofeng County"),
      new RegionInfo(YE, "叶县", "Ye County"),
      new RegionInfo(LUSHAN, "鲁山县", "Lushan County"),
      new RegionInfo(JIA, "郏县", "Jia County"),
      new RegionInfo(WUGANG, "舞钢市", "Wugang City"),
      new RegionInfo(RUZHOU, "汝州市", "Ruzhou City"));

  /** The codes of the ten county-level divisions. */
  public static final List<RegionCode> COUNTY_CODES = COUNTIES.stream().map(RegionInfo::code).collect(ImmutableList.toImmutableList());

  /**
   * The six counties and districts where the seed reports 85,000 rural dibao persons (鲁山, 叶县, 舞钢,
   * 宝丰, 郏县, 石龙区; rules.md §10).
   */
  public static final List<RegionCode> SIX_RURAL_DIBAO_COUNTIES = ImmutableList.of(LUSHAN, YE, WUGANG, BAOFENG, JIA, SHILONG);

  /** The city with its names. */
  public static final RegionInfo CITY_INFO = new RegionInfo(CITY, "平顶山市", "Pingdingshan City");
}
