package org.minzheng.standards2020;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.spi.StandardsProvider;

/** The class-path declaration (META-INF/services) and the module-path one (provides) agree. */
class ServiceDeclarationTest {
  private static final String SERVICE = StandardsProvider.class.getName();

  @Test
  void servicesFileNamesTheClassThatModuleInfoProvides() throws IOException {
    List<String> services;
    try (InputStream in = Standards2020.class.getResourceAsStream("/META-INF/services/" + SERVICE)) {
      assertThat(in).as("META-INF/services/%s", SERVICE).isNotNull();
      services = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }
    Path moduleInfo = Path.of("target", "classes", "module-info.class");
    assertThat(moduleInfo).exists();
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(moduleInfo)) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertThat(descriptor.name()).isEqualTo("org.minzheng.standards2020");
    List<String> provided = descriptor.provides().stream()
        .filter(p -> p.service().equals(SERVICE))
        .flatMap(p -> p.providers().stream())
        .collect(Collectors.toList());
    assertThat(services).containsExactly(Standards2020.class.getName());
    assertThat(provided).isEqualTo(services);
    assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name).contains("org.minzheng.spi")
        .doesNotContain("org.minzheng.core");
  }

  @Test
  void providerHandsOverItsOneDocument() throws IOException {
    Standards2020 p = Standards2020.provider();
    assertThat(p.id()).isEqualTo("standards-2020");
    assertThat(p.spiVersion()).isEqualTo(StandardsProvider.SPI_VERSION);
    assertThat(p.regions()).hasSize(11).contains(RegionCode.of("410400"), RegionCode.of("410482"));
    assertThat(p.documents()).singleElement().satisfies(d -> {
      assertThat(d.name()).isEqualTo("/standards-2020/pingdingshan.json");
      String json = new String(d.bytes().read(), StandardCharsets.UTF_8);
      assertThat(json).contains("\"module\": \"standards-2020\"").contains("\"format\": \"minzheng-standards/1\"");
      for (RegionCode r : p.regions()) {
        assertThat(json).contains("\"code\": \"" + r.code() + "\"");
      }
    });
    assertThat(p.documents()).isSameAs(p.documents());
  }
}
