package cn.xkqz.catalog.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Reports the exact reason a credit code fails, not just that it does. */
public class CreditCodeValidator implements ConstraintValidator<CreditCode, String> {

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return CreditCodes.problem(value)
                .map(reason -> {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(reason).addConstraintViolation();
                    return false;
                })
                .orElse(true);
    }
}
