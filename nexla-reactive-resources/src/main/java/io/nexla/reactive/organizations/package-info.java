/**
 * The organizations resource group: organisations, their members and custodians, account summaries, metrics and
 * auth settings. Also the shared members/custodians list helper used by teams and marketplace domains.
 */
@NullMarked
package io.nexla.reactive.organizations;

import org.jspecify.annotations.NullMarked;
