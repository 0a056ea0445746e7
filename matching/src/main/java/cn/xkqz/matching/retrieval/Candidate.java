package cn.xkqz.matching.retrieval;

import java.util.List;

/** What matching needs of an indexed solution (a subset of the index document). */
public record Candidate(
        String id,
        String name,
        String providerName,
        List<String> industries,
        List<String> scenes,
        long priceMin,
        long priceMax) {}
