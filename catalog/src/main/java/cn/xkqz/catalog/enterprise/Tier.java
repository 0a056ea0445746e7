package cn.xkqz.catalog.enterprise;

import org.jspecify.annotations.Nullable;

/**
 * Where an enterprise stands in tiered cultivation (梯度培育), lowest first: above the size threshold
 * (小升规 reached), provincial 专精特新, national 小巨人. It is read off the enterprise's scale and
 * specialization, which a recorded recognition raises ({@link EnterpriseService#raise}).
 */
public enum Tier implements Labelled {
    ABOVE_SCALE("规上"),
    PROVINCIAL_SPECIALIZED("省级专精特新"),
    LITTLE_GIANT("国家级小巨人");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The highest tier {@code scale} and {@code specialization} reach; null when neither reaches one. */
    static @Nullable Tier of(EnterpriseScale scale, Specialization specialization) {
        return switch (specialization) {
            case LITTLE_GIANT -> LITTLE_GIANT;
            case PROVINCIAL -> PROVINCIAL_SPECIALIZED;
            case NONE -> scale == EnterpriseScale.ABOVE ? ABOVE_SCALE : null;
        };
    }

    /** The scale a recognition of this tier gives: above the threshold for 小升规, else unchanged. */
    EnterpriseScale raise(EnterpriseScale scale) {
        return this == ABOVE_SCALE ? EnterpriseScale.ABOVE : scale;
    }

    /** The specialization a recognition of this tier gives; never lower than {@code current}. */
    Specialization raise(Specialization current) {
        Specialization given = switch (this) {
            case ABOVE_SCALE -> Specialization.NONE;
            case PROVINCIAL_SPECIALIZED -> Specialization.PROVINCIAL;
            case LITTLE_GIANT -> Specialization.LITTLE_GIANT;
        };
        return given.compareTo(current) > 0 ? given : current;
    }
}
