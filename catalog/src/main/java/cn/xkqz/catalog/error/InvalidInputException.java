package cn.xkqz.catalog.error;

import java.util.List;

/** Input that breaks a rule; nothing was written. */
public final class InvalidInputException extends CatalogException {

    private final List<FieldError> errors;

    public InvalidInputException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
