/** The projects resource group: its client and models. */
@NullMarked
package io.nexla.reactive.projects;

import org.jspecify.annotations.NullMarked;
