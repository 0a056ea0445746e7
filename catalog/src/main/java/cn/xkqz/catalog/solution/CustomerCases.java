package cn.xkqz.catalog.solution;

import java.util.List;

/** The cases column (jsonb) as one value, so that a converter can be registered for it. */
record CustomerCases(List<CustomerCase> items) {}
