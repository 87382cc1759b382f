package org.minzheng.examples.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * What Maven Central requires of every published POM, and the packaging promises of issue 13: license, url,
 * scm and developers in the parent (placeholders in one place, repeated by the parentless BOM), sources and
 * javadoc jars, and JUnit optional in the test kit and absent from the command line's jar.
 */
class PublishingMetadataTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> PUBLISHED = List.of("spi", "core", "standards-2020", "testkit", "ledger-jdbc", "starter", "spark");

  private static Document pom(String module) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    return f.newDocumentBuilder().parse(ROOT.resolve(module).resolve("pom.xml").toFile());
  }

  private static String text(Document d, String xpath) throws Exception {
    return ((String) XPathFactory.newInstance().newXPath().evaluate(xpath, d, XPathConstants.STRING)).strip();
  }

  @Test
  void theParentCarriesLicenseUrlScmAndDevelopersFromPlaceholdersInOnePlace() throws Exception {
    Document parent = pom("");
    assertThat(text(parent, "/project/licenses/license/name")).isEqualTo("Apache-2.0");
    assertThat(text(parent, "/project/url")).isEqualTo("${minzheng.release.url}");
    assertThat(text(parent, "/project/scm/connection")).isEqualTo("${minzheng.release.scm.connection}");
    assertThat(text(parent, "/project/developers/developer/name")).isEqualTo("${minzheng.release.developer.name}");
    assertThat(text(parent, "/project/properties/minzheng.release.url")).contains("example.invalid");
    assertThat(text(parent, "/project/properties/minzheng.release.developer.email")).endsWith("@example.invalid");
  }

  @Test
  void theBomRepeatsTheParentsValues() throws Exception {
    Document parent = pom("");
    Document bom = pom("bom");
    assertThat(text(bom, "/project/url")).isEqualTo(text(parent, "/project/properties/minzheng.release.url"));
    assertThat(text(bom, "/project/scm/connection")).isEqualTo(text(parent, "/project/properties/minzheng.release.scm.connection"));
    assertThat(text(bom, "/project/developers/developer/id")).isEqualTo(text(parent, "/project/properties/minzheng.release.developer.id"));
    assertThat(text(bom, "/project/developers/developer/name")).isEqualTo(text(parent, "/project/properties/minzheng.release.developer.name"));
    assertThat(text(bom, "/project/developers/developer/email")).isEqualTo(text(parent, "/project/properties/minzheng.release.developer.email"));
    assertThat(text(bom, "/project/licenses/license/name")).isEqualTo(text(parent, "/project/licenses/license/name"));
  }

  @Test
  void everyPublishedArtifactHasANameADescriptionAndSourcesAndJavadocJars() throws Exception {
    Document parent = pom("");
    assertThat(text(parent, "/project/build/plugins/plugin[artifactId='maven-source-plugin']/executions/execution/goals/goal"))
        .isEqualTo("jar-no-fork");
    assertThat(text(parent, "/project/build/plugins/plugin[artifactId='maven-javadoc-plugin']/executions/execution/goals/goal"))
        .isEqualTo("jar");
    assertThat(text(parent, "/project/properties/minzheng.javadoc.strict")).isEqualTo("true");
    for (String module : PUBLISHED) {
      Document d = pom(module);
      assertThat(text(d, "/project/name")).as(module).isNotBlank();
      assertThat(text(d, "/project/description")).as(module).isNotBlank();
      assertThat(text(d, "/project/properties/maven.javadoc.skip")).as(module).isEmpty();
    }
  }

  @Test
  void theTestKitsJUnitIsOptional() throws Exception {
    Document testkit = pom("testkit");
    NodeList deps = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
        "/project/dependencies/dependency[groupId='org.junit.jupiter' and not(scope='test')]", testkit, XPathConstants.NODESET);
    assertThat(deps.getLength()).isEqualTo(1);
    assertThat(text(testkit, "/project/dependencies/dependency[artifactId='junit-jupiter-api']/optional")).isEqualTo("true");
    assertThat(Files.readString(ROOT.resolve("testkit/src/main/java/module-info.java")))
        .contains("requires static org.junit.jupiter.api;").doesNotContain("requires transitive org.junit");
  }
}
