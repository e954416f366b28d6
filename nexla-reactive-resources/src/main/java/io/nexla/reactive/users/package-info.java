/** The users resource group: its client and models. */
@NullMarked
package io.nexla.reactive.users;

import org.jspecify.annotations.NullMarked;
