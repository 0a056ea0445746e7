package cn.xkqz.api.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents an operation as open to anyone without a token ({@code security: []}). Documentation only:
 * the routes in {@code SecurityConfiguration} decide, and OpenApiAuthorizationTest checks the two agree.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Anyone {}
