package cn.xkqz.api.demo;

import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.curation.EntryRequest;
import cn.xkqz.catalog.curation.NewRecommendedList;
import cn.xkqz.catalog.curation.RecommendedList;
import cn.xkqz.catalog.curation.RecommendedLists;
import cn.xkqz.catalog.importing.CatalogImport;
import cn.xkqz.catalog.importing.CatalogImportService;
import cn.xkqz.catalog.importing.ImportResult;
import cn.xkqz.catalog.provider.ProviderService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the demo catalogue (10 providers, 48 solutions, all four industries) through the normal import
 * when the catalogue is empty, and publishes a demo recommended list of its first solutions, so a first
 * run has something to search and a current list to show, then the demo pilot ({@link DemoPilot}) and a
 * solution listed through review ({@link DemoListing}) whose alert the diagnosed enterprise then sees.
 * Enabled in the dev profile.
 */
@Component
@ConditionalOnBooleanProperty("xkqz.demo-data.enabled")
class DemoCatalogLoader {

    private static final Log log = LogFactory.getLog(DemoCatalogLoader.class);
    private static final String FILE = "demo/catalog.json";

    private static final int RECOMMENDED = 6;

    private final ProviderService providers;
    private final CatalogImportService imports;
    private final RecommendedLists lists;
    private final ObjectMapper json;
    private final DemoPilot pilot;
    private final DemoListing listing;

    DemoCatalogLoader(
            ProviderService providers,
            CatalogImportService imports,
            RecommendedLists lists,
            ObjectMapper json,
            DemoPilot pilot,
            DemoListing listing) {
        this.pilot = pilot;
        this.listing = listing;
        this.providers = providers;
        this.imports = imports;
        this.lists = lists;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenEmpty() {
        providers
                .list(new PageQuery(0, 1), null)
                .filter(page -> page.total() == 0)
                .flatMap(empty -> Mono.fromCallable(this::demoFile))
                .flatMap(imports::importCatalog)
                .flatMap(result -> recommend(result).thenReturn(result))
                .flatMap(result -> pilot.load(result)
                        .flatMap(projects -> listing.load(result).thenReturn(projects))
                        .map(projects -> "Loaded the demo catalogue: "
                                + result.providers().size() + " providers, "
                                + result.solutions().size() + " solutions, and the demo pilot: "
                                + projects + " projects"))
                .subscribe(log::info, error -> log.error("Could not load the demo catalogue", error));
    }

    /** A published demo list, so that {@code GET /api/v1/recommended-lists/current} has an answer. */
    private Mono<RecommendedList> recommend(ImportResult result) {
        List<UUID> picks =
                result.solutions().values().stream().limit(RECOMMENDED).toList();
        return lists.create(new NewRecommendedList("小快轻准优质方案产品推荐清单（演示数据）", "2025年第一批"))
                .flatMap(list -> Flux.range(0, picks.size())
                        .concatMap(i -> lists.addEntry(
                                list.id(), new EntryRequest(picks.get(i), i + 1, "演示数据：示例推荐理由，正式清单由主管部门评审确定")))
                        .then(lists.publish(list.id())));
    }

    private CatalogImport demoFile() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return json.readValue(in, CatalogImport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
