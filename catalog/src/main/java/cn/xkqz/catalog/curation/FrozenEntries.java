package cn.xkqz.catalog.curation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A published list's snapshot column (jsonb, an array of its entries as they were at publication) as
 * one value, so that a converter can be registered for it. Public only for that registration.
 */
public record FrozenEntries(@JsonValue List<RecommendedEntry> items) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public FrozenEntries {}
}
