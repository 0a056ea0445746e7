package cn.xkqz.catalog.diagnosis;

import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.Violations;
import java.util.List;

/** Rules every list of pain points follows, wherever it comes from (a diagnosis or an ad-hoc match). */
public final class PainPoints {

    public static final int MAX = 100;

    private PainPoints() {}

    /** Field constraints of each pain point are Bean Validation's; these are the list's and the codes'. */
    public static void checkRules(
            List<PainPoint> painPoints, Taxonomy.Codes codes, String prefix, Violations violations) {
        if (painPoints == null) {
            return;
        }
        for (int i = 0; i < painPoints.size(); i++) {
            PainPoint painPoint = painPoints.get(i);
            if (painPoint == null) {
                violations.add(prefix + "painPoints[" + i + "]", "不能为空");
            } else {
                violations.requireKnownCode(
                        prefix + "painPoints[" + i + "].scene", painPoint.scene(), codes.scenes(), "场景");
            }
        }
    }
}
