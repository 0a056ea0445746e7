package cn.xkqz.matching.reverse;

import java.util.List;
import java.util.Map;

/**
 * Open demand, anonymous: how many saved needs there are (of an industry and scene, when asked), how
 * they spread over industries and scenes, and the words their pain points share most (a word only when
 * at least {@link Demands#MIN_NEEDS} needs use it, so no single enterprise shows through).
 */
public record Demand(long openNeeds, Map<String, Long> byIndustry, Map<String, Long> byScene, List<Term> commonTerms) {

    /** A word of the pain points and how many needs use it. */
    public record Term(String term, long needs) {}
}
