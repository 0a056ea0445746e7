package cn.xkqz.catalog.importing;

import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.provider.ProviderStatus;
import cn.xkqz.catalog.solution.SolutionImport;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.catalog.solution.SolutionStatus;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CatalogValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Loads a vetted pool in one transaction: all or nothing, and idempotent (a provider is keyed by credit
 * code, a solution by provider and name; records that did not change are not touched).
 */
@Service
public class CatalogImportService {

    private final ProviderService providers;
    private final SolutionService solutions;
    private final CatalogValidator validator;
    private final Taxonomy taxonomy;
    private final AuditTrail audit;

    CatalogImportService(
            ProviderService providers,
            SolutionService solutions,
            CatalogValidator validator,
            Taxonomy taxonomy,
            AuditTrail audit) {
        this.audit = audit;
        this.providers = providers;
        this.solutions = solutions;
        this.validator = validator;
        this.taxonomy = taxonomy;
    }

    @Transactional
    public Mono<ImportResult> importCatalog(CatalogImport file) {
        return taxonomy.codes()
                .doOnNext(codes -> new ImportCheck(validator, codes).run(file))
                .then(Mono.defer(() -> write(file)))
                .flatMap(result -> audit.append(
                                "CATALOG_IMPORTED",
                                "CATALOG",
                                "import",
                                null,
                                Map.of(
                                        "providers",
                                        result.providers().size(),
                                        "solutions",
                                        result.solutions().size()))
                        .thenReturn(result));
    }

    private Mono<ImportResult> write(CatalogImport file) {
        List<ImportedProvider> importedProviders = file.providers();
        return providers
                .upsertAll(
                        importedProviders.stream()
                                .map(ImportedProvider::provider)
                                .toList(),
                        ProviderStatus.ACTIVE)
                .map(Provider::id)
                .collectList()
                .flatMap(ids -> writeSolutions(
                        file,
                        refsToIds(
                                importedProviders.stream()
                                        .map(ImportedProvider::ref)
                                        .toList(),
                                ids)));
    }

    /** ImportCheck has refused a file whose solution names a provider ref the file does not have. */
    private static UUID providerId(Map<String, UUID> providerIds, ImportedSolution s) {
        return Objects.requireNonNull(providerIds.get(s.providerRef()), () -> "unchecked ref " + s.providerRef());
    }

    private Mono<ImportResult> writeSolutions(CatalogImport file, Map<String, UUID> providerIds) {
        List<SolutionImport> items = file.solutions().stream()
                .map(s -> new SolutionImport(providerId(providerIds, s), s.solution()))
                .toList();
        return solutions
                .upsertAll(items, SolutionStatus.LISTED)
                .collectList()
                .map(ids -> new ImportResult(
                        providerIds,
                        refsToIds(
                                file.solutions().stream()
                                        .map(ImportedSolution::ref)
                                        .toList(),
                                ids)));
    }

    private static Map<String, UUID> refsToIds(List<String> refs, List<UUID> ids) {
        Map<String, UUID> result = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            result.put(refs.get(i), ids.get(i));
        }
        return result;
    }
}
