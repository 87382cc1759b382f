package org.minzheng.standard.spi;

import java.util.List;
import java.util.Set;
import org.minzheng.standard.RegionCode;

/**
 * A standards module: the social-assistance standards of some regions over some period, found by
 * {@link java.util.ServiceLoader} or registered by hand with core's {@code StandardsRegistry.of(...)}.
 *
 * <p>A provider is data plus a small class. It hands core its JSON documents (the format is
 * documented in core's {@code org.minzheng.json} package and in the README); core parses and
 * validates them all at once, so every provider is held to the same rules.
 *
 * <pre>{@code
 * public final class RuzhouProvider implements StandardsProvider {
 *   public String id() { return "standards-ruzhou-2020"; }
 *   public Set<RegionCode> regions() { return Set.of(RegionCode.of("410482")); }
 *   public List<StandardsDocument> documents() {
 *     return List.of(StandardsDocument.ofResource(RuzhouProvider.class, "/standards-ruzhou/ruzhou.json"));
 *   }
 * }
 * }</pre>
 * and a line {@code com.example.RuzhouProvider} in
 * {@code META-INF/services/org.minzheng.standard.spi.StandardsProvider} (and {@code provides} in
 * {@code module-info.java}).
 *
 * @implSpec An implementation has a public no-argument constructor (or a public static
 *     {@code provider()} method, for the module path), is immutable and thread-safe, returns the same
 *     documents on every call, and does no work beyond opening its own resources. Its id is stable
 *     across versions; its documents' {@code module} field equals {@link #id()}; every region its
 *     documents claim is in {@link #regions()}.
 * @since 0.1
 */
public interface StandardsProvider {

  /** The SPI version this interface describes. */
  int SPI_VERSION = 1;

  /**
   * @return the stable id shown in errors and in every result's stamp, e.g. {@code standards-2020}
   */
  String id();

  /**
   * @return the GB/T 2260 codes of the regions whose standards this provider gives
   */
  Set<RegionCode> regions();

  /**
   * @return the standards documents, in a fixed order
   */
  List<StandardsDocument> documents();

  /**
   * @return the SPI version the provider was written against; core refuses versions it does not support
   */
  default int spiVersion() {
    return SPI_VERSION;
  }
}
