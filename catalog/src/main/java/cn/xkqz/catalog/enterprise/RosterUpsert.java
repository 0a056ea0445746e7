package cn.xkqz.catalog.enterprise;

/** What an import did to one enterprise of the bureau's list. */
public record RosterUpsert(Enterprise enterprise, Outcome outcome) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }
}
