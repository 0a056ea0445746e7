package cn.xkqz.catalog.enterprise;

/** 专精特新 status: none, provincial 专精特新, or national 小巨人. */
public enum Specialization implements Labelled {
    NONE("无"),
    PROVINCIAL("省级专精特新"),
    LITTLE_GIANT("国家级小巨人");

    private final String label;

    Specialization(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
