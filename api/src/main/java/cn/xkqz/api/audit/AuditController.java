package cn.xkqz.api.audit;

import cn.xkqz.api.openapi.Roles;
import cn.xkqz.api.security.Role;
import cn.xkqz.catalog.audit.AuditCheckpoints;
import cn.xkqz.catalog.audit.AuditEntry;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.audit.ChainCheck;
import cn.xkqz.catalog.audit.SignedCheckpoint;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The audit trail for bureau staff: entries about an entity (or all), a check of the signed hash chain,
 * and signed checkpoints of its head to anchor elsewhere.
 */
@Tag(name = "Audit")
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditController {

    private final AuditTrail audit;
    private final AuditCheckpoints checkpoints;

    AuditController(AuditTrail audit, AuditCheckpoints checkpoints) {
        this.audit = audit;
        this.checkpoints = checkpoints;
    }

    /** Oldest first; page on with {@code afterId} = the answer's {@code nextCursor} (null: nothing more). */
    @Operation(
            operationId = "listAuditEntries",
            summary = "审计记录 Audit entries",
            description =
                    "某实体（或全部）的审计记录，旧的在前；下一页以回答中的 `nextCursor` 作为 `afterId`（null 表示没有更多）。"
                            + " Entries about an entity (or all), oldest first; page on with `afterId` = the answer's `nextCursor`.")
    @Roles(Role.BUREAU)
    @GetMapping
    Mono<Entries> entries(
            @Parameter(description = "实体类型 Entity type", example = "solution") @RequestParam(required = false) @Nullable
                    String entityType,
            @Parameter(description = "实体 id Entity id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @RequestParam(required = false)
                    @Nullable
                    String entityId,
            @Parameter(
                            description = "从该 id 之后开始（上一页的 nextCursor）Entries after this id (the previous nextCursor)",
                            example = "0")
                    @RequestParam(defaultValue = "0")
                    long afterId,
            @Parameter(description = "条数 1–1000 How many", example = "100") @RequestParam(defaultValue = "100")
                    int size) {
        if (size < 1 || size > 1000) {
            return Mono.error(new InvalidInputException("参数有误", List.of(new FieldError("size", "必须在1到1000之间"))));
        }
        return audit.entries(blankToNull(entityType), blankToNull(entityId), afterId, size)
                .collectList()
                .map(entries -> Entries.of(entries, size));
    }

    @Operation(
            operationId = "verifyAuditTrail",
            summary = "校验审计链 Verify the audit trail",
            description = "检查签名哈希链是否完整，指出第一条断裂的记录。Checks the signed hash chain; names the first broken entry.")
    @Roles(Role.BUREAU)
    @GetMapping("/verify")
    Mono<ChainCheck> verify() {
        return audit.verify();
    }

    /** Signs the current head now (409 when the trail does not verify). */
    @Operation(
            operationId = "createAuditCheckpoint",
            summary = "签署检查点 Sign a checkpoint",
            description = "立即对当前链头签名；链校验不通过时 409。Signs the current head now; 409 when the trail does not verify.")
    @ApiResponse(responseCode = "201", description = "已签署 Signed", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "审计链校验不通过 The trail does not verify")
    @Roles(Role.BUREAU)
    @PostMapping("/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<SignedCheckpoint> checkpoint() {
        return checkpoints.write();
    }

    /** The newest checkpoint with its signed text and public key, to be kept outside the database. */
    @Operation(
            operationId = "getLatestAuditCheckpoint",
            summary = "最新检查点 Latest checkpoint",
            description = "最新的检查点，附签名文本与公钥，供在数据库之外保存；还没有则 404。"
                    + " The newest checkpoint with its signed text and public key, to keep outside the database.")
    @ApiResponse(responseCode = "200", description = "成功 OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "还没有检查点 No checkpoint yet")
    @Roles(Role.BUREAU)
    @GetMapping("/checkpoints/latest")
    Mono<SignedCheckpoint> latestCheckpoint() {
        return checkpoints.latest();
    }

    /** A cursor page; a full page may be followed by more, so it names where to go on from. */
    record Entries(List<AuditEntry> items, @Nullable Long nextCursor) {

        static Entries of(List<AuditEntry> items, int size) {
            return new Entries(
                    items, items.size() < size ? null : items.getLast().id());
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
