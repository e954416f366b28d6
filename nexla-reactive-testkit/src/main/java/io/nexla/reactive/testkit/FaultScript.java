package io.nexla.reactive.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Faults the emulator applies, per method and route template. Rules are consulted in the order they were added;
 * the first live rule that matches a request (and wins its probability draw) supplies the fault. Thread-safe.
 *
 * <pre>{@code
 * emulator.faults().on("GET", "/data_sources").sequence(Fault.status(503), Fault.status(503));
 * emulator.faults().on("POST", "/data_sources").times(1).respond(Fault.resetAfterProcessing());
 * emulator.faults().on("*", "*").probability(0.1).respond(Fault.latency(Duration.ofMillis(50)));
 * }</pre>
 */
public final class FaultScript {

  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final SplittableRandom random;

  FaultScript(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Starts a rule for requests with this method ({@code "*"} = any) on this route template ({@code "*"} = any),
   * e.g. {@code on("GET", "/data_sources/{id}")}. The rule is installed by {@link Rule#respond} or
   * {@link Rule#sequence}.
   */
  public Rule on(String method, String route) {
    return new Rule(method.toUpperCase(Locale.ROOT), route);
  }

  /**
   * Installs a rule written as {@code "METHOD ROUTE FAULT[;FAULT...] [times=N] [p=P]"}, e.g.
   * {@code "GET /data_sources status=503;status=503"} (a sequence) or {@code "* * latency=10ms..50ms p=0.2"}.
   *
   * @throws IllegalArgumentException when the text is malformed
   */
  public FaultScript add(String ruleText) {
    String[] parts = ruleText.trim().split("\\s+");
    if (parts.length < 3) {
      throw new IllegalArgumentException("Expected 'METHOD ROUTE FAULT[;FAULT...] [times=N] [p=P]': " + ruleText);
    }
    Rule rule = on(parts[0], parts[1]);
    for (int i = 3; i < parts.length; i++) {
      if (parts[i].startsWith("times=")) {
        rule.times(Integer.parseInt(parts[i].substring(6)));
      } else if (parts[i].startsWith("p=")) {
        rule.probability(Double.parseDouble(parts[i].substring(2)));
      } else {
        throw new IllegalArgumentException("Unknown rule option '" + parts[i] + "' in: " + ruleText);
      }
    }
    String[] faults = parts[2].split(";");
    if (faults.length == 1) {
      rule.respond(Fault.parse(faults[0]));
    } else {
      rule.sequence(java.util.Arrays.stream(faults).map(Fault::parse).toArray(Fault[]::new));
    }
    return this;
  }

  /** Removes every rule. */
  public void clear() {
    rules.clear();
  }

  /** Number of installed rules that can still fire. */
  public int liveRules() {
    return (int) rules.stream().filter(Rule::live).count();
  }

  @Nullable Fault next(String method, @Nullable String route) {
    for (Rule rule : rules) {
      if (rule.matches(method, route)) {
        if (rule.probability < 1.0 && nextDouble() >= rule.probability) {
          continue;
        }
        Fault fault = rule.take();
        if (fault != null) {
          return fault;
        }
      }
    }
    return null;
  }

  /** Quota bookkeeping: whether this request (by token) exceeds the fault's quota, at emulator time. */
  boolean overQuota(Fault quota, String token, Instant now) {
    Rule owner = null;
    for (Rule rule : rules) {
      if (rule.faults.contains(quota)) {
        owner = rule;
        break;
      }
    }
    Map<String, long[]> windows = owner == null ? new ConcurrentHashMap<>() : owner.quotaWindows;
    long windowMillis = Math.max(1, quota.duration().toMillis());
    long window = now.toEpochMilli() / windowMillis;
    long[] slot = windows.compute(token, (k, old) -> old == null || old[0] != window ? new long[] {window, 1} : new long[] {window, old[1] + 1});
    return slot[1] > quota.size();
  }

  synchronized double nextDouble() {
    return random.nextDouble();
  }

  /** A rule under construction: where it applies and how often. */
  public final class Rule {
    private final String method;
    private final String route;
    private final List<Fault> faults = new ArrayList<>();
    private final AtomicInteger position = new AtomicInteger();
    private final AtomicLong remaining = new AtomicLong(Long.MAX_VALUE);
    private final Map<String, long[]> quotaWindows = new ConcurrentHashMap<>();
    private boolean sequence;
    private double probability = 1.0;

    private Rule(String method, String route) {
      this.method = method;
      this.route = route;
    }

    /** Applies the fault at most {@code count} times, then the rule is spent. Default: unlimited. */
    public Rule times(int count) {
      remaining.set(count);
      return this;
    }

    /** Applies the rule to each matching request with this probability (seeded; default 1). */
    public Rule probability(double p) {
      if (p < 0 || p > 1) {
        throw new IllegalArgumentException("probability must be within [0, 1]");
      }
      this.probability = p;
      return this;
    }

    /** Installs the rule with one fault, applied to every matching request (see {@link #times}). */
    public FaultScript respond(Fault fault) {
      faults.add(Objects.requireNonNull(fault));
      rules.add(this);
      return FaultScript.this;
    }

    /**
     * Installs the rule as a sequence: the first matching request gets the first fault, the next one the second,
     * and so on; afterwards requests are answered normally. E.g. {@code sequence(status(503), status(503))}.
     */
    public FaultScript sequence(Fault... sequenceOfFaults) {
      faults.addAll(List.of(sequenceOfFaults));
      sequence = true;
      rules.add(this);
      return FaultScript.this;
    }

    /** Shorthand for a fault applied {@code count} times. */
    public FaultScript respond(Fault fault, int count) {
      times(count);
      return respond(fault);
    }

    boolean matches(String requestMethod, @Nullable String requestRoute) {
      return (method.equals("*") || method.equals(requestMethod))
          && (route.equals("*") || route.equals(requestRoute))
          && live();
    }

    boolean live() {
      return remaining.get() > 0 && (!sequence || position.get() < faults.size());
    }

    @Nullable Fault take() {
      if (remaining.getAndDecrement() <= 0) {
        return null;
      }
      if (!sequence) {
        return faults.get(0);
      }
      int at = position.getAndIncrement();
      return at < faults.size() ? faults.get(at) : null;
    }
  }
}
