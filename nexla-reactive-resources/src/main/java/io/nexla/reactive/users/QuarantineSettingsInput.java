package io.nexla.reactive.users;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of a quarantine-settings create or update; fields left {@code null} are not sent.
 *
 * @param dataCredentialsId the credential of the export location
 * @param config e.g. {@code {"cron_schedule": "0 0 * * *", "path": "/quarantine/exports/"}}
 */
public record QuarantineSettingsInput(@Nullable Long dataCredentialsId, @Nullable Map<String, Object> config) {

  public QuarantineSettingsInput {
    config = config == null ? null : Map.copyOf(config);
  }
}
