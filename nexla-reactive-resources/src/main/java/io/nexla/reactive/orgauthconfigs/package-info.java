/** The orgauthconfigs resource group: its client and models. */
@NullMarked
package io.nexla.reactive.orgauthconfigs;

import org.jspecify.annotations.NullMarked;
