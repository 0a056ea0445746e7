package cn.xkqz.catalog.enterprise;

import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Which enterprises of the roster to show; every criterion is optional. {@code level} is the level of
 * the enterprise's latest diagnosis (1–4). Errors name the query parameter.
 */
public record RosterFilter(
        @Nullable Integer batch,
        @Nullable String county,
        @Nullable String industry,
        @Nullable EnterpriseScale scale,
        @Nullable Specialization specialization,
        @Nullable RosterStatus status,
        @Nullable Integer level) {

    public static final RosterFilter ALL = new RosterFilter(null, null, null, null, null, null, null);

    public RosterFilter {
        county = county == null || county.isBlank() ? null : county.strip();
        industry = industry == null || industry.isBlank() ? null : industry.strip();
    }

    /** Fails with every criterion that can match nothing because it is not a valid value. */
    void check(Taxonomy.Codes codes) {
        Violations violations = new Violations();
        if (batch != null && (batch < 1 || batch > 100)) {
            violations.add("batch", "批次必须在1到100之间");
        }
        if (county != null && county.length() > 50) {
            violations.add("county", "县区长度不能超过50");
        }
        violations.requireKnownCode("industry", industry, codes.industries(), "行业");
        if (level != null && (level < 1 || level > 4)) {
            violations.add("level", "数字化水平等级必须在1到4之间");
        }
        violations.throwIfAny("筛选参数有误");
    }
}
