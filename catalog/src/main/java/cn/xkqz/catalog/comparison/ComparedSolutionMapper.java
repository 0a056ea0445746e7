package cn.xkqz.catalog.comparison;

import cn.xkqz.catalog.provider.ProviderStatus;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.subsidy.SubsidyEstimate;
import org.mapstruct.Mapper;

/** A solution as one column of a comparison, with what the comparison adds beside it. */
@Mapper
interface ComparedSolutionMapper {

    ComparedSolution column(
            Solution solution,
            ProviderStatus providerStatus,
            boolean recommended,
            SubsidyEstimate subsidyAtMinPrice,
            SubsidyEstimate subsidyAtMaxPrice);
}
