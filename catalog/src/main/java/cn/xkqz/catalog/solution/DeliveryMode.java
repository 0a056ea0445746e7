package cn.xkqz.catalog.solution;

/** How a solution is delivered: rented cloud service, installed at the plant, or both. */
public enum DeliveryMode {
    SAAS,
    ON_PREMISE,
    HYBRID
}
