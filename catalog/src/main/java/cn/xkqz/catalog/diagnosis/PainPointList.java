package cn.xkqz.catalog.diagnosis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** The pain_points column (jsonb, an array) as one value, so that a converter can be registered for it. */
public record PainPointList(@JsonValue List<PainPoint> items) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PainPointList {}
}
