/**
 * The served OpenAPI document (/v3/api-docs): info, tags, the bearer scheme, who may call each operation,
 * the statuses it answers with the one problem schema, and schema facts springdoc cannot see (nullness,
 * rules the services check). OpenApiDocumentTest keeps it true; Redocly and Spectral lint it at verify.
 */
@NullMarked
package cn.xkqz.api.openapi;

import org.jspecify.annotations.NullMarked;
