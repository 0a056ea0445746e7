package cn.xkqz.api.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Turns {@link Anyone} and {@link Roles} into the operation's security: {@code security: []}, or
 * {@code bearerAuth} with the roles in {@code x-roles} and in the description. An operation with
 * neither (or both) fails the document, so no endpoint goes undocumented.
 */
@Component
class AccessDocumentation implements OperationCustomizer {

    static final String ROLES = "x-roles";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Roles roles = handler.getMethodAnnotation(Roles.class);
        boolean anyone = handler.hasMethodAnnotation(Anyone.class);
        if (anyone == (roles != null)) {
            throw new IllegalStateException(handler + " needs exactly one of @Anyone or @Roles");
        }
        if (roles == null) {
            operation.setSecurity(new ArrayList<>());
            operation.setDescription(paragraphs(operation.getDescription(), "无需令牌 No token needed."));
            return operation;
        }
        List<String> names = Arrays.stream(roles.value()).map(Enum::name).toList();
        operation.setSecurity(List.of(new SecurityRequirement().addList(OpenApiConfiguration.BEARER)));
        operation.addExtension(ROLES, names);
        operation.setDescription(paragraphs(operation.getDescription(), "角色 Roles: " + String.join(", ", names)));
        return operation;
    }

    private static String paragraphs(@Nullable String first, String second) {
        return first == null || first.isBlank() ? second : first + "\n\n" + second;
    }
}
