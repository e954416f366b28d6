package io.nexla.reactive.doccontainers;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.testing.RecordingTransport;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class DocContainerJsonTest {

  private static final String MARKDOWN = "\n  # Orders\n\n    indented code\n\ttab\n  ";

  @Test
  void markdownIsSentAndReadWithItsWhitespace() {
    String json = NexlaJson.mapper().writeValueAsString(DocContainerCreate.builder("  Orders  ", MARKDOWN).build());
    assertThat(NexlaJson.mapper().readTree(json).get("text").asString()).isEqualTo(MARKDOWN);
    assertThat(NexlaJson.mapper().readTree(json).get("name").asString()).isEqualTo("  Orders  ");
    assertThat(NexlaJson.mapper().readTree(json).get("doc_type").asString()).isEqualTo("md");

    DocContainer doc = NexlaJson.mapper().readValue(
        "{\"id\": 3, \"text\": " + NexlaJson.mapper().writeValueAsString(MARKDOWN) + ", \"public\": true, "
            + "\"access_roles\": [\"owner\"], \"repo_config\": null}", DocContainer.class);
    assertThat(doc.text()).isEqualTo(MARKDOWN);
    assertThat(doc.isPublic()).isTrue();
    assertThat(doc.repoConfig()).isEmpty();
  }

  @Test
  void createSendsTheDocumentUnchanged() {
    RecordingTransport transport = new RecordingTransport();
    StepVerifier.create(NexlaClient.of(transport).docContainers().create(DocContainerCreate.builder("d", MARKDOWN).build()))
        .expectNextCount(1).verifyComplete();
    assertThat(transport.single().pathTemplate()).isEqualTo("/doc_containers");
    assertThat(RecordingTransport.json(transport.single())).contains(
        NexlaJson.mapper().writeValueAsString(MARKDOWN));
  }
}
