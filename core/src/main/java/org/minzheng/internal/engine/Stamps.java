package org.minzheng.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import org.minzheng.ResolvedParameter;
import org.minzheng.scheme.Stamp;

/** The reproducibility stamp: library version (from a Maven-filtered resource), modules, SHA-256 of the parameters. */
public final class Stamps {
  private static final String VERSION = readVersion();

  private Stamps() {}

  /** @return the library version, e.g. {@code 0.1.0-SNAPSHOT} */
  public static String libraryVersion() {
    return VERSION;
  }

  private static String readVersion() {
    try (InputStream in = Stamps.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("org/minzheng/internal/engine/version.properties is missing from minzheng-core");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "").trim();
      if (v.isEmpty() || v.startsWith("${")) {
        throw new IllegalStateException("version.properties was not filtered by the build: version=" + v);
      }
      return v;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read version.properties", e);
    }
  }

  /**
   * The stamp of a set of resolved parameters: the modules that supplied them and the SHA-256 of one
   * line per parameter, sorted by id: {@code id=value|from|until|module version|region}.
   */
  static Stamp stamp(String libraryVersion, Collection<ResolvedParameter<?>> params) {
    List<ResolvedParameter<?>> sorted = new ArrayList<>(params);
    sorted.sort(Comparator.comparing(r -> r.source().key().id()));
    TreeMap<String, String> modules = new TreeMap<>();
    java.util.Optional<LocalDate> knownOn = java.util.Optional.empty();
    StringBuilder sb = new StringBuilder();
    for (ResolvedParameter<?> r : sorted) {
      modules.put(r.providerId(), r.providerVersion());
      if (r.knownOn().isPresent()) {
        knownOn = r.knownOn();
      }
      sb.append(r.source().key().id()).append('=').append(r.source().formattedValue())
          .append('|').append(r.source().effectiveFrom())
          .append('|').append(r.source().effectiveUntil().map(LocalDate::toString).orElse(""))
          .append('|').append(r.providerId()).append(' ').append(r.providerVersion())
          .append('|').append(r.suppliedBy()).append('\n');
    }
    return new Stamp(libraryVersion, modules, sha256(sb.toString()), knownOn);
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("SHA-256 is required of every Java platform", e);
    }
  }
}
