/** The approvalrequests resource group: its client and models. */
@NullMarked
package io.nexla.reactive.approvalrequests;

import org.jspecify.annotations.NullMarked;
