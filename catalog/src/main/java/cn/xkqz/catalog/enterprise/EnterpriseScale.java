package cn.xkqz.catalog.enterprise;

/** Whether the enterprise is above the statistical size threshold (规上) or below it (规下). */
public enum EnterpriseScale {
    ABOVE,
    BELOW
}
