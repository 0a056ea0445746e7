package cn.xkqz.api.catalog;

import cn.xkqz.catalog.importing.CatalogImport;
import cn.xkqz.catalog.importing.CatalogImportService;
import cn.xkqz.catalog.importing.ImportResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/admin/imports")
class CatalogImportController {

    private final ImportFileReader reader;
    private final CatalogImportService imports;

    CatalogImportController(ImportFileReader reader, CatalogImportService imports) {
        this.reader = reader;
        this.imports = imports;
    }

    @Operation(
            summary = "Load an already-vetted pool",
            description = "Providers become ACTIVE, solutions LISTED. All or nothing; importing the same file"
                    + " again changes nothing.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = CatalogImport.class)))
    @PostMapping("/catalog")
    Mono<ImportResult> importCatalog(@RequestBody JsonNode file) {
        return Mono.fromCallable(() -> reader.read(file)).flatMap(imports::importCatalog);
    }
}
