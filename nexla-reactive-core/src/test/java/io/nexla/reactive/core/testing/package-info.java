/**
 * Test doubles for code built on the client, shipped in the core test-jar: {@link RecordingTransport} records
 * every request and answers from a script or through a real transport.
 */
@NullMarked
package io.nexla.reactive.core.testing;

import org.jspecify.annotations.NullMarked;
