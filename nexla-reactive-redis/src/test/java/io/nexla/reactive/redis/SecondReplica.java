package io.nexla.reactive.redis;

import io.lettuce.core.RedisClient;
import io.nexla.reactive.NexlaClient;

/**
 * Another replica in its own JVM: {@code redisUri key baseUrl serviceKey calls}; prints {@code answered=N} as
 * its last line.
 */
public final class SecondReplica {

  private SecondReplica() {}

  public static void main(String[] args) {
    RedisClient redis = Replicas.redisClient(args[0]);
    SharedRateLimit limit = Replicas.perHour(redis, args[0], args[1], 7);
    try (NexlaClient client = Replicas.client(args[2], args[3], limit)) {
      long answered = Replicas.answered(client, Integer.parseInt(args[4])).block(Replicas.WAIT);
      System.out.println("answered=" + answered);
    } finally {
      redis.shutdown();
    }
  }
}
