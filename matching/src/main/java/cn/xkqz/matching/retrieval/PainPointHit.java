package cn.xkqz.matching.retrieval;

import java.util.Set;

/**
 * A solution found for one pain point: its text score, and the words of the solution Elasticsearch
 * highlighted as matching (lower case).
 */
public record PainPointHit(Candidate candidate, double score, Set<String> matchedWords) {}
