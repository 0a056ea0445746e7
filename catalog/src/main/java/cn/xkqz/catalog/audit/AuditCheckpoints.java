package cn.xkqz.catalog.audit;

import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.NotFoundException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Writes signed checkpoints of the chain head, on demand and periodically ({@link CheckpointSchedule}).
 * A checkpoint is written under the append lock, after the whole trail has verified, so it never signs a
 * chain that is already broken. Each one is also logged, which puts a copy outside the database.
 */
@Component
public class AuditCheckpoints {

    private static final Log log = LogFactory.getLog(AuditCheckpoints.class);

    private final DatabaseClient db;
    private final TransactionalOperator transactions;
    private final AuditEntries entries;
    private final CheckpointStore store;
    private final ChainVerifier verifier;
    private final AuditSigner signer;
    private final Clock clock;

    AuditCheckpoints(
            DatabaseClient db,
            TransactionalOperator transactions,
            AuditEntries entries,
            CheckpointStore store,
            ChainVerifier verifier,
            AuditSigner signer,
            Clock clock) {
        this.db = db;
        this.transactions = transactions;
        this.entries = entries;
        this.store = store;
        this.verifier = verifier;
        this.signer = signer;
        this.clock = clock;
    }

    /** Signs the current head; refused (conflict) when the trail does not verify. */
    public Mono<SignedCheckpoint> write() {
        return locked(false).map(this::export);
    }

    /** Signs the current head unless the newest checkpoint already covers it (empty then). */
    Mono<AuditCheckpoint> writeIfGrown() {
        return locked(true);
    }

    /** The newest checkpoint with what an outside party needs to check it. */
    public Mono<SignedCheckpoint> latest() {
        return store.latest()
                .map(this::export)
                .switchIfEmpty(
                        Mono.error(new NotFoundException("还没有审计检查点：请先签发一个（POST /api/v1/admin/audit/checkpoints）")));
    }

    private Mono<AuditCheckpoint> locked(boolean onlyIfGrown) {
        return transactions
                // DatabaseClient: an advisory lock, the one AuditTrail appends under.
                .transactional(db.sql("select pg_advisory_xact_lock(:lock)")
                        .bind("lock", AuditTrail.APPEND_LOCK)
                        .then()
                        .then(verifier.verify())
                        .flatMap(this::requireValid)
                        .then(store.latest().map(this::asPrevious).defaultIfEmpty(Previous.NONE))
                        .zipWith(entries.head())
                        .filter(t -> !onlyIfGrown
                                || t.getT1().lastEntryId() != t.getT2().lastEntryId())
                        .flatMap(t -> store.insert(sign(t.getT1(), t.getT2()))))
                .doOnNext(this::written);
    }

    private Mono<ChainCheck> requireValid(ChainCheck check) {
        return check.valid()
                ? Mono.just(check)
                : Mono.error(new ConflictException(
                        "审计链校验未通过（" + check.reason() + "：" + check.detail() + "），不签发检查点，以免为被改写的记录背书"));
    }

    private AuditCheckpoint sign(Previous previous, AuditEntries.Head head) {
        AuditCheckpoint unsigned = new AuditCheckpoint(
                previous.sequence() + 1,
                head.lastEntryId(),
                head.count(),
                head.hash(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                previous.signature(),
                signer.keyId(),
                "");
        return new AuditCheckpoint(
                unsigned.sequence(),
                unsigned.lastEntryId(),
                unsigned.entryCount(),
                unsigned.headHash(),
                unsigned.createdAt(),
                unsigned.previousSignature(),
                unsigned.keyId(),
                signer.sign(unsigned.payload()));
    }

    private void written(AuditCheckpoint checkpoint) {
        store.seen(checkpoint.sequence());
        // The log is a second place the database owner cannot rewrite: keep it, or ship it elsewhere.
        log.info("Audit checkpoint #" + checkpoint.sequence() + " lastEntryId=" + checkpoint.lastEntryId()
                + " entries=" + checkpoint.entryCount() + " head=" + checkpoint.headHash() + " key="
                + checkpoint.keyId() + " signature=" + checkpoint.signature());
    }

    private SignedCheckpoint export(AuditCheckpoint checkpoint) {
        return new SignedCheckpoint(checkpoint, AuditSigner.ALGORITHM, signer.publicKey(), checkpoint.payload());
    }

    private Previous asPrevious(AuditCheckpoint checkpoint) {
        return new Previous(checkpoint.sequence(), checkpoint.lastEntryId(), checkpoint.signature());
    }

    private record Previous(long sequence, long lastEntryId, String signature) {
        static final Previous NONE = new Previous(0, -1, "");
    }
}
