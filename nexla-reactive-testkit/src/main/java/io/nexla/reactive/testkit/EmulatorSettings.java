package io.nexla.reactive.testkit;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Behaviour switches shared by the server and the routes; some can change while the emulator runs. */
final class EmulatorSettings {
  private volatile boolean envelopePagination;
  private volatile int defaultPageSize = 20;
  private volatile int maxPageSize = 500;
  private volatile Duration pageLatency = Duration.ZERO;
  private volatile Duration taskDuration = Duration.ofSeconds(3);
  private volatile long artifactSize = 4L * 1024 * 1024;
  private volatile String rootUrl = "";
  private final Set<String> failingTaskTypes = ConcurrentHashMap.newKeySet();

  boolean envelopePagination() {
    return envelopePagination;
  }

  void envelopePagination(boolean on) {
    envelopePagination = on;
  }

  int defaultPageSize() {
    return defaultPageSize;
  }

  void defaultPageSize(int size) {
    defaultPageSize = size;
  }

  int maxPageSize() {
    return maxPageSize;
  }

  void maxPageSize(int size) {
    maxPageSize = size;
  }

  Duration pageLatency() {
    return pageLatency;
  }

  void pageLatency(Duration latency) {
    pageLatency = latency;
  }

  Duration taskDuration() {
    return taskDuration;
  }

  void taskDuration(Duration duration) {
    taskDuration = duration;
  }

  long artifactSize() {
    return artifactSize;
  }

  void artifactSize(long size) {
    artifactSize = size;
  }

  String rootUrl() {
    return rootUrl;
  }

  void rootUrl(String url) {
    rootUrl = url;
  }

  Set<String> failingTaskTypes() {
    return failingTaskTypes;
  }
}
