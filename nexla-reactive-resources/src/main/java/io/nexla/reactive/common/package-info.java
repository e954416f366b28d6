/**
 * Pieces shared by every resource group: the group-client base with per-call options and raw responses, the
 * generic operations as capability interfaces, and shared models (accessors, audit log, list options).
 */
@NullMarked
package io.nexla.reactive.common;

import org.jspecify.annotations.NullMarked;
