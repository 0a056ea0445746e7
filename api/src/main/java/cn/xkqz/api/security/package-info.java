/**
 * Authentication (JWT bearer tokens), the authorization matrix, the acting user for the audit trail,
 * and request hardening (body size, rate limits). docs/security.md has the matrix as a table.
 */
@NullMarked
package cn.xkqz.api.security;

import org.jspecify.annotations.NullMarked;
