/**
 * Real PostgreSQL and Elasticsearch servers on 127.0.0.1 for the dev profile and the tests, started once
 * per JVM when no external URLs are configured. Nothing here is used in production.
 */
@NullMarked
package cn.xkqz.localstack;

import org.jspecify.annotations.NullMarked;
