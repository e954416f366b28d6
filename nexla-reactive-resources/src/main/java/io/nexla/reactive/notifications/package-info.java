/** The notifications resource group: its client and models. */
@NullMarked
package io.nexla.reactive.notifications;

import org.jspecify.annotations.NullMarked;
