package cn.xkqz.catalog.enterprise;

/** Whether the enterprise is above the statistical size threshold (规上) or below it (规下). */
public enum EnterpriseScale implements Labelled {
    ABOVE("规上"),
    BELOW("规下");

    private final String label;

    EnterpriseScale(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
