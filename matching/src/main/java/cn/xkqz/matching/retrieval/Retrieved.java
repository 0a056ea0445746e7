package cn.xkqz.matching.retrieval;

import java.util.List;

/**
 * Everything one round trip brought back for a request.
 *
 * @param hits per pain point (same order as the request), its best text matches, best first
 * @param structural solutions of the wanted scenes and fitting industries, whatever their text
 * @param tokens per pain point, its analysed words
 */
public record Retrieved(List<List<PainPointHit>> hits, List<Candidate> structural, List<List<PainPointToken>> tokens) {}
