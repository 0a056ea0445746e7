package cn.xkqz.indexer.index;

import cn.xkqz.catalog.solution.CustomerCase;
import cn.xkqz.catalog.solution.Solution;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Catalogue solution → index document. */
@Mapper
public interface DocumentMapper {

    @Mapping(target = "priceMin", source = "priceYuan.min")
    @Mapping(target = "priceMax", source = "priceYuan.max")
    @Mapping(target = "suggest", source = "solution")
    SolutionDocument toDocument(Solution solution);

    /** Cases are searched as one text: who the customer was and what changed. */
    default String casesText(List<CustomerCase> cases) {
        return cases.stream().map(c -> c.enterprise() + "：" + c.outcome()).collect(Collectors.joining("\n"));
    }

    /** The search box completes solution names and keywords. */
    default SolutionDocument.Completion suggestions(Solution solution) {
        LinkedHashSet<String> inputs = new LinkedHashSet<>();
        inputs.add(solution.name());
        inputs.addAll(solution.keywords());
        return new SolutionDocument.Completion(new ArrayList<>(inputs));
    }
}
