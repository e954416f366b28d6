package io.nexla.reactive.genai;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.internal.ResourceOperations;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Client of the gen-AI resource group: integration configurations ({@code /gen_ai_integration_configs}) and their
 * assignment to organisations ({@code /gen_ai_org_settings}). Obtain it from {@code NexlaClient.genAi()}.
 *
 * <p>Every method is cold: the request is sent on subscription, anew for each subscription. Unless stated
 * otherwise a method signals {@code NotFoundException} for an unknown id, {@code ForbiddenException}, other
 * {@code NexlaServiceException}s for error statuses, {@code NexlaTransportException},
 * {@code NexlaTimeoutException}, or {@code NexlaDecodeException}. Lists emit nothing for an empty or null body.
 */
public final class GenAiClient extends GroupClient<GenAiClient> {

  private static final String CONFIGS = "/gen_ai_integration_configs";
  private static final String ORG_SETTINGS = "/gen_ai_org_settings";

  private final ResourceOperations<GenAiConfig> ops;

  public GenAiClient(ClientHandle context) {
    super(context);
    this.ops = new ResourceOperations<>(context, "genAi", CONFIGS, GenAiConfig.class);
  }

  @Override
  protected GenAiClient newInstance(ClientContext context) {
    return new GenAiClient(context);
  }

  // ---- configurations --------------------------------------------------------------------------------------

  /**
   * Emits each gen-AI configuration from one {@code GET /gen_ai_integration_configs}: the endpoint cannot page,
   * so this is a plain {@code Flux}. Cold: sent on subscription.
   */
  public Flux<GenAiConfig> listConfigs() {
    return ops.retrieveList(ops.request(HttpMethod.GET, CONFIGS, "listConfigs"), GenAiConfig.class);
  }

  /** Creates a configuration and emits it. A POST: never re-sent after an ambiguous failure. */
  public Mono<GenAiConfig> createConfig(GenAiConfigCreate config) {
    return ops.retrieve(ops.request(HttpMethod.POST, CONFIGS, "createConfig").body(config));
  }

  /** Emits one configuration. */
  public Mono<GenAiConfig> getConfig(long id) {
    return ops.retrieve(byId(HttpMethod.GET, CONFIGS, "getConfig", id));
  }

  /** Changes a configuration (e.g. pauses it) and emits it. */
  public Mono<GenAiConfig> updateConfig(long id, GenAiConfigUpdate changes) {
    return ops.retrieve(byId(HttpMethod.PUT, CONFIGS, "updateConfig", id).body(changes));
  }

  /** Deletes a configuration; completes empty when done (any answer body is ignored). */
  public Mono<Void> deleteConfig(long id) {
    return ops.send(byId(HttpMethod.DELETE, CONFIGS, "deleteConfig", id));
  }

  // ---- organisation settings -------------------------------------------------------------------------------

  /**
   * Emits the gen-AI settings of an organisation ({@code null}: the caller's), or of every organisation when
   * {@code all} is set ({@code all=true}, administrators only).
   */
  public Flux<GenAiOrgSetting> listOrgSettings(@Nullable Long orgId, boolean all) {
    return ops.retrieveList(ops.request(HttpMethod.GET, ORG_SETTINGS, "listOrgSettings").query("org_id", orgId)
        .query("all", all ? "true" : null), GenAiOrgSetting.class);
  }

  /** Assigns a configuration to a usage and emits the setting. A POST: never re-sent after an ambiguous failure. */
  public Mono<GenAiOrgSetting> createOrgSetting(GenAiOrgSettingCreate setting) {
    return ops.retrieve(ops.request(HttpMethod.POST, ORG_SETTINGS, "createOrgSetting").body(setting),
        GenAiOrgSetting.class);
  }

  /** Emits one organisation setting. */
  public Mono<GenAiOrgSetting> getOrgSetting(long id) {
    return ops.retrieve(byId(HttpMethod.GET, ORG_SETTINGS, "getOrgSetting", id), GenAiOrgSetting.class);
  }

  /** Deletes an organisation setting; completes empty when done. */
  public Mono<Void> deleteOrgSetting(long id) {
    return ops.send(byId(HttpMethod.DELETE, ORG_SETTINGS, "deleteOrgSetting", id));
  }

  /** Emits the configuration in effect for a usage in the caller's organisation. */
  public Mono<ActiveConfigView> showActiveConfig(GenAiUsage usage) {
    return ops.retrieve(ops.request(HttpMethod.GET, ORG_SETTINGS + "/active_config", "showActiveConfig")
        .query("gen_ai_usage", usage.value()), ActiveConfigView.class);
  }

  private NexlaRequest.Builder byId(HttpMethod method, String path, String operation, long id) {
    return ops.request(method, path + "/{id}", operation).pathVariable("id", id);
  }
}
