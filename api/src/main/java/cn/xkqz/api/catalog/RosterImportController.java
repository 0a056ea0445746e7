package cn.xkqz.api.catalog;

import cn.xkqz.api.openapi.Roles;
import cn.xkqz.api.security.Role;
import cn.xkqz.api.spreadsheet.SheetReader;
import cn.xkqz.api.spreadsheet.SheetRow;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.importing.RosterFile;
import cn.xkqz.catalog.importing.RosterImportResult;
import cn.xkqz.catalog.importing.RosterImportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Tag(name = "Enterprises")
@RestController
@RequestMapping("/api/v1/admin/imports")
class RosterImportController {

    private static final String FILE = "file";
    private static final int TITLE_ROWS = 5;

    private final RosterImportService imports;

    RosterImportController(RosterImportService imports) {
        this.imports = imports;
    }

    @Operation(
            operationId = "importEnterprises",
            summary = "导入企业名录 Import the bureau's roster (.xlsx)",
            description = "上传主管部门的企业名录（multipart 字段 `file`，.xlsx，第一个工作表；按表头文字找列：名称、信用代码、行业、县区、规模、"
                    + "专精特新、批次必填，联系人、联系电话可选；行业、规模、专精特新可填代码或中文名称）。全部成功或全部不变，坏单元格以 400 指明"
                    + "“第 N 行 列名”；按信用代码幂等：已有的企业更新（或不变），新的企业登记为已确认。最多 50,000 行，请求体上限 32 MB。"
                    + " Upload the bureau's list (multipart field `file`, an .xlsx; columns found by their Chinese header)."
                    + " All or nothing, a bad cell is a 400 naming its row and column; idempotent by credit code; new"
                    + " enterprises are CONFIRMED. Up to 50,000 rows, bodies up to 32 MB.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(type = "object", requiredProperties = FILE),
                            schemaProperties =
                                    @SchemaProperty(
                                            name = FILE,
                                            schema =
                                                    @Schema(
                                                            type = "string",
                                                            format = "binary",
                                                            description = "企业名录 .xlsx The roster"))))
    @Roles(Role.BUREAU)
    @PostMapping(path = "/enterprises", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<RosterImportResult> importRoster(@RequestPart(name = FILE, required = false) @Nullable Part file) {
        if (file == null) {
            return Mono.error(new InvalidInputException(
                    "请以 multipart/form-data 上传，字段名为 file", List.of(new FieldError(FILE, "缺少上传的 .xlsx 文件"))));
        }
        return DataBufferUtils.join(file.content())
                .map(RosterImportController::bytes)
                .defaultIfEmpty(new byte[0])
                .publishOn(Schedulers.boundedElastic())
                .map(RosterImportController::read)
                .flatMap(imports::importRoster);
    }

    private static byte[] bytes(DataBuffer joined) {
        try {
            byte[] bytes = new byte[joined.readableByteCount()];
            joined.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(joined);
        }
    }

    /** The first sheet's rows; the header (below any title rows) is found by the import's rules. */
    private static RosterFile read(byte[] xlsx) {
        // Room for a header and a few title rows above it: the rule of 50,000 enterprises is the import's.
        List<SheetRow> rows = SheetReader.firstSheet(xlsx, RosterFile.MAX_ROWS + TITLE_ROWS + 1, FILE);
        return new RosterFile(rows.stream()
                .map(row -> new RosterFile.Line(row.number(), row.cells()))
                .toList());
    }
}
