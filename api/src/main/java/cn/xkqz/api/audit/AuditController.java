package cn.xkqz.api.audit;

import cn.xkqz.catalog.audit.AuditCheckpoints;
import cn.xkqz.catalog.audit.AuditEntry;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.audit.ChainCheck;
import cn.xkqz.catalog.audit.SignedCheckpoint;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
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
    @GetMapping
    Mono<Entries> entries(
            @RequestParam(required = false) @Nullable String entityType,
            @RequestParam(required = false) @Nullable String entityId,
            @RequestParam(defaultValue = "0") long afterId,
            @RequestParam(defaultValue = "100") int size) {
        if (size < 1 || size > 1000) {
            return Mono.error(new InvalidInputException("参数有误", List.of(new FieldError("size", "必须在1到1000之间"))));
        }
        return audit.entries(blankToNull(entityType), blankToNull(entityId), afterId, size)
                .collectList()
                .map(entries -> Entries.of(entries, size));
    }

    @GetMapping("/verify")
    Mono<ChainCheck> verify() {
        return audit.verify();
    }

    /** Signs the current head now (409 when the trail does not verify). */
    @PostMapping("/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<SignedCheckpoint> checkpoint() {
        return checkpoints.write();
    }

    /** The newest checkpoint with its signed text and public key, to be kept outside the database. */
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
