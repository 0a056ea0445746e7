package cn.xkqz.catalog.importing;

import java.util.List;

/** An already-vetted pool to load: its providers become ACTIVE and its solutions LISTED. */
public record CatalogImport(List<ImportedProvider> providers, List<ImportedSolution> solutions) {

    public static final int MAX_PROVIDERS = 5_000;
    public static final int MAX_SOLUTIONS = 20_000;

    public CatalogImport {
        providers = providers == null ? List.of() : providers;
        solutions = solutions == null ? List.of() : solutions;
    }
}
