package cn.xkqz.pilot.recognition;

import cn.xkqz.catalog.enterprise.Tier;
import org.jspecify.annotations.Nullable;

/**
 * What an enterprise was recognised as (梯度培育): reaching the size threshold (小升规), provincial
 * 专精特新, national 小巨人, or a smart (digital) workshop (智能车间); the first three are tiers.
 */
public enum RecognitionKind {
    ABOVE_SCALE("小升规", Tier.ABOVE_SCALE),
    PROVINCIAL_SPECIALIZED("省级专精特新", Tier.PROVINCIAL_SPECIALIZED),
    LITTLE_GIANT("国家级专精特新“小巨人”", Tier.LITTLE_GIANT),
    SMART_WORKSHOP("智能车间（数字化车间）", null);

    private final String label;
    private final @Nullable Tier tier;

    RecognitionKind(String label, @Nullable Tier tier) {
        this.label = label;
        this.tier = tier;
    }

    public String label() {
        return label;
    }

    /** The tier this recognition gives the enterprise; null for a workshop, which is not one. */
    @Nullable
    Tier tier() {
        return tier;
    }
}
