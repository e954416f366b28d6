package io.nexla.reactive.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every row of {@code operations.csv} has a client call in one of the coverage tests, or a reviewed exclusion. */
class CoverageCompletenessTest {

  private static final List<AbstractApiCoverageTest> COVERAGE_TESTS = List.of(
      new AuthCoverageTest(), new PipelineCoverageTest(), new ToolsCoverageTest(), new AsyncTasksCoverageTest(),
      new OrganisationCoverageTest());

  @Test
  void everyOperationIsCoveredOrDeclinedWithAReason() {
    Set<String> covered = new HashSet<>();
    for (AbstractApiCoverageTest test : COVERAGE_TESTS) {
      for (Map.Entry<String, Map<String, CoverageCall>> group : test.calls().entrySet()) {
        group.getValue().keySet().forEach(operation -> covered.add(group.getKey() + "." + operation));
        OperationsCatalog.exclusions(group.getKey())
            .forEach((operation, reason) -> covered.add(group.getKey() + "." + operation));
      }
    }
    List<String> missing = OperationsCatalog.rows().stream()
        .map(row -> row.group() + "." + row.operation())
        .filter(key -> !covered.contains(key))
        .toList();
    assertThat(missing).as("operations.csv rows without a client call").isEmpty();
    assertThat(OperationsCatalog.rows()).hasSize(392);
  }
}
