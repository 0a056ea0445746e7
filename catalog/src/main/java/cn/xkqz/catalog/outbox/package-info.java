/**
 * The transactional outbox: catalogue writes record which searchable records changed, in the same
 * transaction; the indexer claims and completes those events through {@link cn.xkqz.catalog.outbox.Outbox}.
 */
@NullMarked
package cn.xkqz.catalog.outbox;

import org.jspecify.annotations.NullMarked;
