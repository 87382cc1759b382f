package org.minzheng.spring.boot;

import java.util.List;
import java.util.Map;
import org.minzheng.StandardsRegistry;
import org.minzheng.standard.StandardSet;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP with the loaded standards modules (id, version, regions) when at least one is loaded; DOWN when
 * none is, since every calculation would then fail.
 */
public class MinzhengHealthIndicator implements HealthIndicator {
  private final StandardsRegistry registry;

  /** @param registry the registry whose modules are reported */
  public MinzhengHealthIndicator(StandardsRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Health health() {
    List<Map<String, Object>> modules = registry.standardSets().stream()
        .map(MinzhengHealthIndicator::describe).toList();
    Health.Builder b = modules.isEmpty() ? Health.down().withDetail("reason",
        "no standards module is loaded: add one (e.g. minzheng-standards-2020) or set minzheng.standards-paths")
        : Health.up();
    return b.withDetail("modules", modules).withDetail("mode", registry.mode().name()).build();
  }

  private static Map<String, Object> describe(StandardSet s) {
    return Map.of("id", s.moduleId(), "version", s.version(), "regions", s.regions().size(),
        "claims", s.claims().size());
  }
}
