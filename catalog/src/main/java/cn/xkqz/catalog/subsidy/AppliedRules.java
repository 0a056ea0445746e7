package cn.xkqz.catalog.subsidy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** A rules column (jsonb, an array of applied rules) as one value, so that a converter can be registered for it. */
public record AppliedRules(@JsonValue List<SubsidyEstimate.AppliedRule> items) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AppliedRules {}
}
