package cn.xkqz.indexer.index;

import cn.xkqz.catalog.solution.CustomerCase;
import cn.xkqz.catalog.solution.Solution;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Catalogue solution and its semantic vector → index document. */
@Mapper
public interface DocumentMapper {

    @Mapping(target = "priceMin", source = "solution.priceYuan.min")
    @Mapping(target = "priceMax", source = "solution.priceYuan.max")
    @Mapping(target = "suggest", source = "solution")
    SolutionDocument toDocument(Solution solution, float[] vector);

    /** Cases are searched as one text: who the customer was and what changed. */
    default String casesText(List<CustomerCase> cases) {
        return cases.stream().map(c -> c.enterprise() + "：" + c.outcome()).collect(Collectors.joining("\n"));
    }

    /** The search box completes solution names, and keywords where no name matches. */
    default List<SolutionDocument.Completion> suggestions(Solution solution) {
        List<String> keywords = solution.keywords().stream()
                .filter(k -> !k.equals(solution.name()))
                .distinct()
                .toList();
        List<SolutionDocument.Completion> suggestions = new ArrayList<>();
        suggestions.add(new SolutionDocument.Completion(List.of(solution.name()), 10));
        if (!keywords.isEmpty()) {
            suggestions.add(new SolutionDocument.Completion(keywords, 5));
        }
        return suggestions;
    }
}
