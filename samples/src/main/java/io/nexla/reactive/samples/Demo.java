package io.nexla.reactive.samples;

import io.nexla.reactive.core.NexlaClientOptions;

/** Command-line demo of nexla-reactive. */
public final class Demo {

  private Demo() {}

  public static void main(String[] args) {
    System.out.println("nexla-reactive " + NexlaClientOptions.VERSION + " demo");
  }
}
