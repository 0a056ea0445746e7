package cn.xkqz.indexer;

import cn.xkqz.catalog.importing.CatalogImport;
import cn.xkqz.catalog.importing.ImportedProvider;
import cn.xkqz.catalog.importing.ImportedSolution;
import cn.xkqz.catalog.provider.ProviderDraft;
import cn.xkqz.catalog.solution.CustomerCase;
import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.PriceRange;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionDraft;
import cn.xkqz.catalog.validation.CreditCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Small solution pools for index tests, each tagged with a word no other test uses. */
public final class Pool {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Pool() {}

    public static ProviderDraft provider(String name) {
        StringBuilder code = new StringBuilder("91410700MA");
        for (int i = 0; i < 7; i++) {
            code.append(CHARSET.charAt(ThreadLocalRandom.current().nextInt(CHARSET.length())));
        }
        code.append(CreditCodes.checkCharacter(code.toString()));
        return new ProviderDraft(name, code.toString(), "延津县", "测试用服务商。", List.of("GENERAL"), null, null);
    }

    public static SolutionDraft solution(String name, List<String> industries, List<String> scenes) {
        return new SolutionDraft(
                name,
                name + "，帮助企业提质增效。",
                name + "：部署快、见效快，适合中小企业按需订阅。",
                industries,
                scenes,
                List.of(),
                DeliveryMode.SAAS,
                new PriceRange(10_000L, 50_000L),
                15,
                false,
                List.of(new CustomerCase("新乡某企业", null, "效率提升")));
    }

    /** One provider (P1) with the given solutions, refs S1, S2, …. */
    public static CatalogImport of(String providerName, List<SolutionDraft> solutions) {
        List<ImportedSolution> imported = new ArrayList<>();
        for (int i = 0; i < solutions.size(); i++) {
            imported.add(new ImportedSolution("S" + (i + 1), "P1", solutions.get(i)));
        }
        return new CatalogImport(List.of(new ImportedProvider("P1", provider(providerName))), imported);
    }

    /** {@code s} under a new name, {@code versionsAhead} versions later: a provider's rename. */
    public static Solution renamed(Solution s, String name, long versionsAhead) {
        return new Solution(
                s.id(),
                s.providerId(),
                s.providerName(),
                name,
                s.summary(),
                s.description(),
                s.industries(),
                s.scenes(),
                s.keywords(),
                s.deliveryMode(),
                s.priceYuan(),
                s.deliveryDays(),
                s.openApi(),
                s.cases(),
                s.status(),
                s.version() + versionsAhead,
                s.createdAt(),
                s.updatedAt(),
                s.lastConfirmedAt(),
                s.stale());
    }
}
