package cn.xkqz.catalog.solution;

/** A solution's listing state. Only LISTED solutions are searchable and matched. */
public enum SolutionStatus {
    DRAFT,
    SUBMITTED,
    LISTED,
    REJECTED,
    DELISTED
}
