package cn.xkqz.catalog.solution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface SolutionMapper {

    @Mapping(target = "priceYuan.min", source = "row.priceMin")
    @Mapping(target = "priceYuan.max", source = "row.priceMax")
    @Mapping(target = "cases", source = "row.cases.items")
    @Mapping(target = "stale", expression = "java(Solution.staleAt(row.lastConfirmedAt(), now))")
    Solution toSolution(SolutionRow row, String providerName, Instant now);

    @Mapping(target = "priceYuan.min", source = "priceMin")
    @Mapping(target = "priceYuan.max", source = "priceMax")
    @Mapping(target = "cases", source = "cases.items")
    SolutionDraft toDraft(SolutionRow row);

    @Mapping(target = "priceMin", source = "draft.priceYuan.min")
    @Mapping(target = "priceMax", source = "draft.priceYuan.max")
    @Mapping(target = "cases", source = "draft.cases")
    SolutionRow toRow(
            SolutionDraft draft,
            UUID id,
            UUID providerId,
            SolutionStatus status,
            long version,
            Instant createdAt,
            Instant updatedAt,
            Instant lastConfirmedAt);

    default CustomerCases wrap(List<CustomerCase> cases) {
        return new CustomerCases(cases);
    }
}
