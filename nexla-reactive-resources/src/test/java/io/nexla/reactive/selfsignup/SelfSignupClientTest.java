package io.nexla.reactive.selfsignup;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class SelfSignupClientTest {

  private final RecordingTransport transport = new RecordingTransport();
  private final SelfSignupClient selfSignup = NexlaClient.of(transport).selfSignup();

  @Test
  void signupSendsTheApplicantAndExtraFields() {
    StepVerifier.create(selfSignup.signup(SignupInput.of("a@b.com", "A B").with("company", "Acme")))
        .expectNextCount(1).verifyComplete();
    assertThat(RecordingTransport.json(transport.single()))
        .isEqualTo("{\"email\":\"a@b.com\",\"full_name\":\"A B\",\"company\":\"Acme\"}");
  }

  @Test
  void blockedDomainsAndVerification() {
    transport.answer("{\"id\": 2, \"domain\": \"bad.com\"}");
    StepVerifier.create(selfSignup.addBlockedDomain("bad.com"))
        .assertNext(d -> assertThat(d.domain()).isEqualTo("bad.com")).verifyComplete();
    assertThat(RecordingTransport.json(transport.single())).isEqualTo("{\"domain\":\"bad.com\"}");

    transport.requests().clear();
    StepVerifier.create(selfSignup.verifyEmail("tok/en?")).expectNextCount(1).verifyComplete();
    assertThat(transport.single().query()).containsEntry("token", List.of("tok/en?"));

    transport.requests().clear();
    transport.answer("");
    StepVerifier.create(selfSignup.listRequests()).verifyComplete();
  }

  @Test
  void extraSignupFieldValuesStayOutOfToString() {
    assertThat(SignupInput.of("a@b.com", "A B").with("password", "pa55-word-x").toString())
        .contains("password").doesNotContain("pa55-word-x");
  }
}
