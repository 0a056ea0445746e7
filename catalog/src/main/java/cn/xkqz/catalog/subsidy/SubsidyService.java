package cn.xkqz.catalog.subsidy;

import cn.xkqz.catalog.validation.CatalogValidator;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Validates an estimate request and applies {@link SubsidyRules}. */
@Service
public class SubsidyService {

    private final CatalogValidator validator;

    SubsidyService(CatalogValidator validator) {
        this.validator = validator;
    }

    public Mono<SubsidyEstimate> estimate(SubsidyRequest request) {
        return validator.validate(request).then(Mono.fromSupplier(() -> apply(request)));
    }

    private static SubsidyEstimate apply(SubsidyRequest request) {
        Long interest = request.loanInterestYuan();
        return SubsidyRules.apply(request.spendYuan(), request.expectedLevel(), interest == null ? 0 : interest);
    }
}
