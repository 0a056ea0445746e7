package cn.xkqz.api.demo;

import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.importing.CatalogImport;
import cn.xkqz.catalog.importing.CatalogImportService;
import cn.xkqz.catalog.provider.ProviderService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the demo catalogue (10 providers, 48 solutions, all four industries) through the normal import
 * when the catalogue is empty, so a first run has something to search. Enabled in the dev profile.
 */
@Component
@ConditionalOnBooleanProperty("xkqz.demo-data.enabled")
class DemoCatalogLoader {

    private static final Log log = LogFactory.getLog(DemoCatalogLoader.class);
    private static final String FILE = "demo/catalog.json";

    private final ProviderService providers;
    private final CatalogImportService imports;
    private final ObjectMapper json;

    DemoCatalogLoader(ProviderService providers, CatalogImportService imports, ObjectMapper json) {
        this.providers = providers;
        this.imports = imports;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenEmpty() {
        providers
                .list(new PageQuery(0, 1), null)
                .filter(page -> page.total() == 0)
                .flatMap(empty -> Mono.fromCallable(this::demoFile))
                .flatMap(imports::importCatalog)
                .subscribe(
                        result -> log.info("Loaded the demo catalogue: "
                                + result.providers().size() + " providers, "
                                + result.solutions().size() + " solutions"),
                        error -> log.error("Could not load the demo catalogue", error));
    }

    private CatalogImport demoFile() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return json.readValue(in, CatalogImport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
