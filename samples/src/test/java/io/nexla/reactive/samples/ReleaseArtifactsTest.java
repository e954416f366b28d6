package io.nexla.reactive.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a release publishes is declared consistently: every library module of the build is in the BOM and names
 * its module, the BOM pins nothing else, and the metadata Maven Central requires is present.
 */
class ReleaseArtifactsTest {

  private static final Path ROOT = Path.of("..");
  private static final List<String> UNPUBLISHED = List.of("samples", "benchmarks", "nexla-reactive-bom");

  @Test
  void theBomPinsExactlyThePublishedModulesAtTheBuildVersion() throws Exception {
    Document parent = parse(ROOT.resolve("pom.xml"));
    Document bom = parse(ROOT.resolve("nexla-reactive-bom/pom.xml"));

    List<String> published = new ArrayList<>();
    for (String module : texts(parent.getDocumentElement(), "modules", "module")) {
      if (!UNPUBLISHED.contains(module)) {
        published.add(child(parse(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement(), "artifactId"));
      }
    }
    Element managed = element(bom.getDocumentElement(), "dependencyManagement", "dependencies");
    List<String> pinned = new ArrayList<>();
    for (Element dependency : children(managed, "dependency")) {
      assertThat(child(dependency, "groupId")).isEqualTo("io.nexla.reactive");
      assertThat(child(dependency, "version")).isEqualTo("${project.version}");
      pinned.add(child(dependency, "artifactId"));
    }

    assertThat(published).isNotEmpty();
    assertThat(pinned).containsExactlyInAnyOrderElementsOf(published);
    assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(child(parent.getDocumentElement(), "version"));
    assertThat(children(bom.getDocumentElement(), "parent")).as("the BOM must not inherit managed versions").isEmpty();
  }

  @Test
  void everyPublishedModuleNamesItsJavaModuleAndTheReleaseMetadataIsComplete() throws Exception {
    Document parent = parse(ROOT.resolve("pom.xml"));
    Element project = parent.getDocumentElement();
    for (String module : texts(project, "modules", "module")) {
      if (!UNPUBLISHED.contains(module)) {
        Element properties = element(parse(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement(),
            "properties");
        assertThat(child(properties, "automatic.module.name")).as(module).matches("io\\.nexla\\.reactive(\\.[a-z]+)*");
      }
    }
    for (Element root : List.of(project, parse(ROOT.resolve("nexla-reactive-bom/pom.xml")).getDocumentElement())) {
      assertThat(child(element(root, "licenses", "license"), "name")).isNotBlank();
      assertThat(child(element(root, "scm"), "url")).startsWith("https://");
      assertThat(child(element(root, "developers", "developer"), "name")).isNotBlank();
      assertThat(child(element(root, "properties"), "project.build.outputTimestamp")).isNotBlank();
    }
    assertThat(Files.readString(ROOT.resolve("CHANGELOG.md"))).contains("## [Unreleased]");
  }

  private static Document parse(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static Element element(Element from, String... path) {
    Element current = from;
    for (String name : path) {
      List<Element> found = children(current, name);
      assertThat(found).as("<%s> in <%s>", name, current.getTagName()).isNotEmpty();
      current = found.get(0);
    }
    return current;
  }

  private static String child(Element parent, String name) {
    return element(parent, name).getTextContent().trim();
  }

  private static List<String> texts(Element from, String container, String name) {
    return children(element(from, container), name).stream().map(e -> e.getTextContent().trim()).toList();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
        found.add((Element) nodes.item(i));
      }
    }
    return found;
  }
}
