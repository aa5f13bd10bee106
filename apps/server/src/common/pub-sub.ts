import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import type { PubSub } from 'type-graphql';

export interface PubSubHandle {
  pubSub: PubSub;
  /** A client for other shared state (the login throttle), when Redis is configured. */
  redis?: Redis;
  /** Prefix for every Redis key and channel, so deployments sharing a Redis stay apart. */
  namespace: string;
  close(): Promise<void>;
}

/** Topics are prefixed with the namespace; subscribers see the topics they asked for. */
function namespaced(inner: PubSub, namespace: string): PubSub {
  return {
    publish: (topic, ...args) => inner.publish(`${namespace}${topic}`, ...args),
    subscribe: (topic, dynamicId) => inner.subscribe(`${namespace}${topic}`, dynamicId),
  };
}

/**
 * In-process events, or Redis pub/sub when REDIS_URL is set so every replica sees every event.
 * Replicas of one deployment share a database, so its name is the namespace.
 */
export function createAppPubSub(redisUrl: string | undefined, databaseName: string): PubSubHandle {
  const namespace = `cqss:${databaseName}:`;
  if (!redisUrl) return { pubSub: createPubSub(), namespace, close: async () => {} };
  const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubSub: namespaced(createPubSub({ eventTarget }) as PubSub, namespace),
    redis: publishClient,
    namespace,
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
