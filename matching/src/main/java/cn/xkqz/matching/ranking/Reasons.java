package cn.xkqz.matching.ranking;

import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.taxonomy.Industry;
import cn.xkqz.catalog.taxonomy.Scene;
import cn.xkqz.matching.MatchResult.Explanation;
import cn.xkqz.matching.MatchResult.PainPointMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one-line reason shown with a match, in Chinese, made only of what the explanation says, e.g.
 * {@code 覆盖2个痛点：设备停机、能耗监测；场景：设备管理；适用汽车零部件；在预算内}. A pain point answered
 * through meaning alone, with none of its words in the solution, is quoted instead of cited:
 * {@code 语义相近：电费一个月比一个月高}.
 */
public final class Reasons {

    /** Longest excerpt of a pain point quoted in a reason. */
    static final int EXCERPT = 14;

    private final Map<String, String> industryNames;
    private final Map<String, String> sceneNames;

    public Reasons(List<Industry> industries, List<Scene> scenes) {
        this.industryNames = industries.stream().collect(Collectors.toMap(Industry::code, Industry::name));
        this.sceneNames = scenes.stream().collect(Collectors.toMap(Scene::code, Scene::name));
    }

    public String of(
            Explanation explanation, Solution solution, String enterpriseIndustry, List<PainPoint> painPoints) {
        List<String> parts = new ArrayList<>();
        List<PainPointMatch> byWords = explanation.painPoints().stream()
                .filter(p -> !p.terms().isEmpty())
                .toList();
        List<PainPointMatch> byMeaning = explanation.painPoints().stream()
                .filter(p -> p.terms().isEmpty())
                .toList();
        if (!byWords.isEmpty()) {
            parts.add("覆盖" + byWords.size() + "个痛点："
                    + byWords.stream()
                            .map(p -> String.join(
                                    "",
                                    p.terms().subList(0, Math.min(3, p.terms().size()))))
                            .collect(Collectors.joining("、")));
        }
        if (!byMeaning.isEmpty()) {
            parts.add("语义相近："
                    + byMeaning.stream()
                            .map(p -> excerpt(painPoints.get(p.index()).text()))
                            .collect(Collectors.joining("、")));
        }
        if (!explanation.scenes().isEmpty()) {
            parts.add("场景：" + names(explanation.scenes(), sceneNames::get));
        }
        parts.add(
                switch (explanation.industryFit()) {
                    case EXACT -> "适用" + industryNames.getOrDefault(enterpriseIndustry, enterpriseIndustry);
                    case GENERAL -> "跨行业通用方案";
                    case OTHER -> "主要面向" + names(solution.industries(), industryNames::get);
                });
        Boolean withinBudget = explanation.withinBudget();
        if (withinBudget != null) {
            parts.add(withinBudget ? "在预算内" : "起价" + yuan(solution.priceYuan().min()) + "，超出预算");
        }
        return String.join("；", parts);
    }

    /** The start of a pain point, up to its first pause or {@link #EXCERPT} characters. */
    static String excerpt(String text) {
        int end = Math.min(text.length(), EXCERPT);
        for (int i = 0; i < end; i++) {
            if ("，。；！？,.;!? ".indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i);
            }
        }
        return end < text.length() ? text.substring(0, end) + "…" : text;
    }

    private static String names(List<String> codes, Function<String, @Nullable String> name) {
        return codes.stream()
                .map(c -> Objects.requireNonNullElse(name.apply(c), c))
                .collect(Collectors.joining("、"));
    }

    private static String yuan(long amount) {
        return amount >= 10_000 && amount % 1_000 == 0
                ? (amount % 10_000 == 0 ? amount / 10_000 + "万元" : amount / 10_000.0 + "万元")
                : amount + "元";
    }
}
