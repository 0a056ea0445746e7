/**
 * The tamper-evident audit trail: who changed what, appended in the change's transaction, each entry
 * chained to the previous by a SHA-256 hash and signed with the app's Ed25519 key, with signed
 * checkpoints of the chain head that can be anchored outside the database (docs/security.md).
 */
@NullMarked
package cn.xkqz.catalog.audit;

import org.jspecify.annotations.NullMarked;
