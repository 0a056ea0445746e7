package cn.xkqz.catalog.comparison;

import java.util.List;

/** The compared solutions in the order asked for, and the level the subsidy estimates assume. */
public record Comparison(int expectedLevel, List<ComparedSolution> items) {}
