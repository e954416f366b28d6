/** The organizations resource group: its client and models. */
@NullMarked
package io.nexla.reactive.organizations;

import org.jspecify.annotations.NullMarked;
