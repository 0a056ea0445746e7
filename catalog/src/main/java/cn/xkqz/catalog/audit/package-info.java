/**
 * The tamper-evident audit trail: who changed what, appended in the change's transaction, each entry
 * chained to the previous by a SHA-256 hash.
 */
@NullMarked
package cn.xkqz.catalog.audit;

import org.jspecify.annotations.NullMarked;
