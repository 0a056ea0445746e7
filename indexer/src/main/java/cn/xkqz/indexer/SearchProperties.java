package cn.xkqz.indexer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search index settings ({@code xkqz.search.*}).
 *
 * @param alias the alias searches and writes go through; versioned indices sit behind it
 * @param replicas replicas per shard: 0 on one node, at least 1 on a cluster
 * @param pollInterval how often the outbox worker looks for new events when idle
 * @param syncBatchSize outbox events claimed per batch
 * @param rebuildBatchSize documents per bulk request during a rebuild
 * @param maxAttempts times Elasticsearch may reject an event before it is parked
 * @param syncEnabled whether this instance runs the outbox worker
 */
@ConfigurationProperties("xkqz.search")
public record SearchProperties(
        @DefaultValue("solutions") String alias,
        @DefaultValue("1") int shards,
        @DefaultValue("0") int replicas,
        @DefaultValue("250ms") Duration pollInterval,
        @DefaultValue("500") int syncBatchSize,
        @DefaultValue("1000") int rebuildBatchSize,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("true") boolean syncEnabled) {}
