package io.nexla.reactive.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java code blocks of the root README.md are exactly the marked regions of {@link ReadmeSnippets},
 * {@code OrderSyncTest} and {@code GatewaySourcesTest}, which are compiled (and the tests run), so the README cannot
 * show code that does not compile. Each block starts with exactly the imports of its file that its code uses, so a
 * reader never has to hunt for a package.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final List<Path> SNIPPET_SOURCES = List.of(
      Path.of("src/main/java/io/nexla/reactive/samples/readme/ReadmeSnippets.java"),
      Path.of("src/test/java/io/nexla/reactive/samples/readme/OrderSyncTest.java"),
      Path.of("src/test/java/io/nexla/reactive/samples/readme/GatewaySourcesTest.java"));
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL);
  private static final Pattern REGION = Pattern.compile("(?m)^[ \\t]*// README:([a-z-]+)\\n(.*?)^[ \\t]*// README:end$",
      Pattern.DOTALL);

  @Test
  void everyJavaBlockOfTheReadmeIsACompiledSnippetAndEverySnippetIsShown() throws IOException {
    List<String> readmeBlocks = javaBlocks(Files.readString(README));
    Map<String, Snippet> snippets = new LinkedHashMap<>();
    for (Path source : SNIPPET_SOURCES) {
      String text = Files.readString(source);
      Set<String> imports = imports(text);
      regions(text).forEach((name, code) -> snippets.put(name, new Snippet(code, imports)));
    }

    assertThat(snippets).as("snippet regions").hasSizeGreaterThanOrEqualTo(10);
    List<String> shownCode = new ArrayList<>();
    for (String block : readmeBlocks) {
      Shown shown = Shown.of(block);
      Snippet snippet = snippets.values().stream().filter(s -> s.code().equals(shown.code())).findFirst()
          .orElseThrow(() -> new AssertionError("README block not found verbatim in a snippet region:\n" + block));
      assertThat(shown.imports()).as("imports shown above:%n%s", block)
          .isEqualTo(snippet.importsUsedBy(shown.code()));
      shownCode.add(shown.code());
    }
    snippets.forEach((name, snippet) ->
        assertThat(shownCode).as("snippet '%s' is not shown in the README", name).contains(snippet.code()));
  }

  @Test
  void aBlockShowsExactlyTheImportsItsCodeUses() {
    Snippet snippet = new Snippet("Flux<Source> s = Flux.empty();\n",
        Set.of("import reactor.core.publisher.Flux;", "import io.nexla.reactive.sources.Source;",
            "import java.time.Duration;", "import static org.assertj.core.api.Assertions.assertThat;"));

    assertThat(snippet.importsUsedBy(snippet.code()))
        .containsExactly("import io.nexla.reactive.sources.Source;", "import reactor.core.publisher.Flux;");
    assertThat(snippet.importsUsedBy("assertThat(Duration.ZERO);\n"))
        .containsExactly("import static org.assertj.core.api.Assertions.assertThat;", "import java.time.Duration;");
    Shown shown = Shown.of("import a.B;\nimport c.D;\n\nB b = new D();\n");
    assertThat(shown.imports()).containsExactly("import a.B;", "import c.D;");
    assertThat(shown.code()).isEqualTo("B b = new D();\n");
  }

  @Test
  void regionsAreFoundAndDedented() {
    String source = "class A {\n  void m() {\n    // README:x\n    int a = 1;\n      a++;\n    // README:end\n  }\n}\n";

    assertThat(regions(source)).containsExactly(Map.entry("x", "int a = 1;\n  a++;\n"));
    assertThat(javaBlocks("text\n```java\nint a = 1;\n```\n```bash\nls\n```\n")).containsExactly("int a = 1;\n");
  }

  /** A compiled region and the imports of the file it is in. */
  record Snippet(String code, Set<String> fileImports) {

    /** The file's imports whose simple name the code uses, sorted as the README shows them. */
    List<String> importsUsedBy(String code) {
      return fileImports.stream()
          .filter(line -> Pattern.compile("\\b" + Pattern.quote(simpleName(line)) + "\\b").matcher(code).find())
          .sorted(Comparator.comparing((String line) -> !line.startsWith("import static")).thenComparing(line -> line))
          .toList();
    }

    private static String simpleName(String importLine) {
      String name = importLine.substring(0, importLine.length() - 1);
      return name.substring(name.lastIndexOf('.') + 1);
    }
  }

  /** A README block split into its leading import lines and the code below them. */
  record Shown(List<String> imports, String code) {

    static Shown of(String block) {
      List<String> lines = block.lines().toList();
      int i = 0;
      List<String> imports = new ArrayList<>();
      while (i < lines.size() && lines.get(i).startsWith("import ")) {
        imports.add(lines.get(i++));
      }
      if (!imports.isEmpty() && i < lines.size() && lines.get(i).isEmpty()) {
        i++;
      }
      StringBuilder code = new StringBuilder();
      lines.subList(i, lines.size()).forEach(line -> code.append(line).append('\n'));
      return new Shown(imports, code.toString());
    }
  }

  static Set<String> imports(String source) {
    Set<String> imports = new TreeSet<>();
    source.lines().filter(line -> line.startsWith("import ")).forEach(imports::add);
    return imports;
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
