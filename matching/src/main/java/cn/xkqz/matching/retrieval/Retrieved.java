package cn.xkqz.matching.retrieval;

import java.util.List;

/**
 * What the retrieval round trip brought back for a request.
 *
 * @param candidates solutions matching any pain point, or fitting by scene and industry, best first
 * @param tokens per pain point, its analysed words
 * @param vectors per pain point, its semantic vector
 */
public record Retrieved(List<Scored> candidates, List<List<PainPointToken>> tokens, List<float[]> vectors) {}
