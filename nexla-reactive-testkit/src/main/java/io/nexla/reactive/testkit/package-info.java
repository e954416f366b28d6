/** A Nexla API emulator for tests: in-process or standalone, with scripted faults and a request journal. */
@NullMarked
package io.nexla.reactive.testkit;

import org.jspecify.annotations.NullMarked;
