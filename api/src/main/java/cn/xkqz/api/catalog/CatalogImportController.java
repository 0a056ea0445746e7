package cn.xkqz.api.catalog;

import cn.xkqz.api.openapi.Roles;
import cn.xkqz.api.security.Role;
import cn.xkqz.catalog.importing.CatalogImport;
import cn.xkqz.catalog.importing.CatalogImportService;
import cn.xkqz.catalog.importing.ImportResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

@Tag(name = "CatalogImport")
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
            operationId = "importCatalog",
            summary = "导入资源池 Load an already-vetted pool",
            description =
                    "服务商成为在库（ACTIVE），方案成为已上架（LISTED）。全部成功或全部不变；重复导入同一文件不改变任何内容；"
                            + "坏记录以 400 指明其 `ref`。请求体上限 32 MB。Providers become ACTIVE, solutions LISTED. All or nothing; "
                            + "importing the same file again changes nothing; a bad record is a 400 naming its `ref`. Bodies up to 32 MB.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CatalogImport.class)))
    @Roles(Role.BUREAU)
    @PostMapping("/catalog")
    Mono<ImportResult> importCatalog(@RequestBody JsonNode file) {
        return Mono.fromCallable(() -> reader.read(file)).flatMap(imports::importCatalog);
    }
}
