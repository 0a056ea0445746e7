package cn.xkqz.catalog.solution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** The cases column (jsonb, an array) as one value, so that a converter can be registered for it. */
public record CustomerCases(@JsonValue List<CustomerCase> items) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CustomerCases {}
}
