package cn.xkqz.matching.retrieval;

/**
 * A word of a pain point as the index's search analyzer sees it (synonyms included), with where it
 * stands in the pain point's text.
 */
public record PainPointToken(String term, int start, int end) {}
