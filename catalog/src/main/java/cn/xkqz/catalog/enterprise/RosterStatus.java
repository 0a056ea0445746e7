package cn.xkqz.catalog.enterprise;

/**
 * Where an enterprise stands on the bureau's roster: REGISTERED (it registered itself) until bureau staff
 * confirm it into the pilot, CONFIRMED (created by bureau staff, imported from the bureau's list, or
 * confirmed).
 */
public enum RosterStatus implements Labelled {
    REGISTERED("已登记"),
    CONFIRMED("已确认");

    private final String label;

    RosterStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
