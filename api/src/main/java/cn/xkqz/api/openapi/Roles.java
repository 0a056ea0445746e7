package cn.xkqz.api.openapi;

import cn.xkqz.api.security.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents an operation as needing a bearer token of one of these roles (ownership is checked by the
 * services on top). Documentation only: the routes in {@code SecurityConfiguration} decide, and
 * OpenApiAuthorizationTest checks the two agree.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Roles {
    Role[] value();
}
