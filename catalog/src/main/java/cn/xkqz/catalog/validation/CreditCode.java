package cn.xkqz.catalog.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A valid unified social credit code, check character included (null passes: pair with @NotNull). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CreditCodeValidator.class)
public @interface CreditCode {

    String message() default "不是有效的统一社会信用代码";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
