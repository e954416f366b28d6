package io.nexla.reactive.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java code blocks of the root README.md are exactly the marked regions of {@link ReadmeSnippets} and
 * {@code OrderSyncTest}, which are compiled (and the latter run), so the README cannot show code that does not
 * compile.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final List<Path> SNIPPET_SOURCES = List.of(
      Path.of("src/main/java/io/nexla/reactive/samples/readme/ReadmeSnippets.java"),
      Path.of("src/test/java/io/nexla/reactive/samples/readme/OrderSyncTest.java"));
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL);
  private static final Pattern REGION = Pattern.compile("(?m)^[ \\t]*// README:([a-z-]+)\\n(.*?)^[ \\t]*// README:end$",
      Pattern.DOTALL);

  @Test
  void everyJavaBlockOfTheReadmeIsACompiledSnippetAndEverySnippetIsShown() throws IOException {
    List<String> readmeBlocks = javaBlocks(Files.readString(README));
    Map<String, String> snippets = new LinkedHashMap<>();
    for (Path source : SNIPPET_SOURCES) {
      snippets.putAll(regions(Files.readString(source)));
    }

    assertThat(snippets).as("snippet regions").hasSizeGreaterThanOrEqualTo(10);
    for (String block : readmeBlocks) {
      assertThat(snippets.values()).as("README block not found verbatim in a snippet region:%n%s", block)
          .contains(block);
    }
    snippets.forEach((name, code) ->
        assertThat(readmeBlocks).as("snippet '%s' is not shown in the README", name).contains(code));
  }

  @Test
  void regionsAreFoundAndDedented() {
    String source = "class A {\n  void m() {\n    // README:x\n    int a = 1;\n      a++;\n    // README:end\n  }\n}\n";

    assertThat(regions(source)).containsExactly(Map.entry("x", "int a = 1;\n  a++;\n"));
    assertThat(javaBlocks("text\n```java\nint a = 1;\n```\n```bash\nls\n```\n")).containsExactly("int a = 1;\n");
  }

  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(markdown);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  static Map<String, String> regions(String source) {
    Map<String, String> regions = new LinkedHashMap<>();
    Matcher m = REGION.matcher(source);
    while (m.find()) {
      regions.put(m.group(1), dedent(m.group(2)));
    }
    return regions;
  }

  private static String dedent(String code) {
    List<String> lines = code.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString();
  }
}
