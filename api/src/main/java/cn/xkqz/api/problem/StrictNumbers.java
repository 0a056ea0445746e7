package cn.xkqz.api.problem;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Whole numbers must be sent as JSON integers: {@code 4.99} would silently become 4 and {@code "3"} 3,
 * so both are refused (400, "类型不符：应为整数") instead of guessed at.
 */
@Configuration(proxyBeanMethods = false)
class StrictNumbers {

    @Bean
    JsonMapperBuilderCustomizer integersAreIntegers() {
        return builder -> builder.withCoercionConfig(
                LogicalType.Integer,
                integers -> integers.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }
}
