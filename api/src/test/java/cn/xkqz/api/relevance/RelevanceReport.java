package cn.xkqz.api.relevance;

import cn.xkqz.api.relevance.RelevanceGateTest.Ranking;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The gate's log: one row per topic and query, worst first within each set, then the means. */
final class RelevanceReport {

    private RelevanceReport() {}

    static String table(
            RelevanceSet set, Map<String, Ranking> matching, Map<String, Ranking> search, Baseline measured) {
        StringBuilder out = new StringBuilder(
                "\nRelevance gate: NDCG@10 per topic and query (the ranked refs, :grade where judged)\n");
        out.append(String.format("%-4s %-6s %6s  %-60s %s%n", "id", "set", "ndcg", "ranked", "need"));
        rows(out, "match", matching, set, set.topics());
        rows(out, "search", search, set, set.queries());
        out.append(String.format(
                "mean NDCG@10: matching %.4f (%d topics), search %.4f (%d queries)%n",
                measured.matching(), matching.size(), measured.search(), search.size()));
        return out.toString();
    }

    private static void rows(
            StringBuilder out,
            String kind,
            Map<String, Ranking> rankings,
            RelevanceSet set,
            List<Map<String, Object>> needs) {
        Map<String, String> textOf =
                needs.stream().collect(Collectors.toMap(n -> (String) n.get("id"), RelevanceReport::text));
        rankings.entrySet().stream()
                .sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(a.ndcg(), b.ndcg())))
                .forEach(row -> out.append(String.format(
                        "%-4s %-6s %6.3f  %-60s %s%n",
                        row.getKey(),
                        kind,
                        row.getValue().ndcg(),
                        graded(row.getValue().refs(), set.judged(row.getKey())),
                        textOf.get(row.getKey()))));
    }

    private static String graded(List<String> refs, Map<String, Integer> judged) {
        return refs.stream()
                .map(ref -> judged.containsKey(ref) ? ref + ":" + judged.get(ref) : ref)
                .collect(Collectors.joining(" "));
    }

    /** A query's text, or the start of a topic's first pain point. */
    private static String text(Map<String, Object> need) {
        if (need.containsKey("q")) {
            return (String) need.get("q");
        }
        String first = (String) ((Map<?, ?>) ((List<?>) need.get("painPoints")).getFirst()).get("text");
        return first.length() > 24 ? first.substring(0, 23) + "…" : first;
    }
}
