package cn.xkqz.indexer.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much each signal counts in search ({@code xkqz.search.relevance.*}; docs/search.md has the
 * measurements behind the defaults and the ablation that switches them off one by one).
 *
 * @param text the text query's weight (1; 0 only for an ablation: then meaning and scenes alone rank)
 * @param sceneBonus a fed-back scene's bonus, as a share of the best text score
 * @param semantic the nearest semantic neighbour's bonus, as a share of the best text score (0: off)
 * @param semanticFloor the cosine from which a neighbour counts at all
 * @param neighbours how many semantic neighbours are fetched
 * @param industryFit with an industry filter, a solution made for that industry scores this many times
 *     what a cross-industry one does
 */
@ConfigurationProperties("xkqz.search.relevance")
public record SearchWeights(
        @DefaultValue("1") double text,
        @DefaultValue("0.35") double sceneBonus,
        @DefaultValue("3") double semantic,
        @DefaultValue("0.45") double semanticFloor,
        @DefaultValue("30") int neighbours,
        @DefaultValue("1.25") double industryFit) {}
