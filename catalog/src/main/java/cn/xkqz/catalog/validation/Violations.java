package cn.xkqz.catalog.validation;

import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.Quoted;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Collects every broken rule of a request, so one answer lists them all. */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /**
     * Each of {@code values} must be one of {@code known} and appear once; {@code what} names the code
     * list. A missing list is left to the field's own constraint.
     */
    public void requireKnownCodes(String field, @Nullable Collection<String> values, Set<String> known, String what) {
        if (values == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (String value : values) {
            String element = field + "[" + i++ + "]";
            if (value == null) {
                add(element, "不能为空");
            } else if (!known.contains(value)) {
                requireKnownCode(element, value, known, what);
            } else if (!seen.add(value)) {
                add(element, what + "代码" + Quoted.value(value) + "重复");
            }
        }
    }

    /** {@code value}, when present, must be one of {@code known}. */
    public void requireKnownCode(String field, @Nullable String value, Set<String> known, String what) {
        if (value != null && !known.contains(value)) {
            add(field, "未知的" + what + "代码" + Quoted.value(value));
        }
    }

    /** Problems of an update: it must carry the version the caller read (optimistic locking). */
    public static Violations ofUpdate(@Nullable Long version) {
        Violations violations = new Violations();
        if (version == null) {
            violations.add("version", "不能为空：请带上读取时的 version");
        }
        return violations;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny(String detail) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(detail, errors);
        }
    }
}
