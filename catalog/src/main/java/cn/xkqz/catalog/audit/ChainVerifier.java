package cn.xkqz.catalog.audit;

import cn.xkqz.catalog.audit.ChainCheck.Reason;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Verifies the trail: first the checkpoints among themselves (signatures, sequence, links), then every
 * entry against its hash, its link, its signature and the checkpoints' head hashes.
 */
@Component
class ChainVerifier {

    private final AuditEntries entries;
    private final CheckpointStore checkpoints;
    private final AuditSigner signer;

    ChainVerifier(AuditEntries entries, CheckpointStore checkpoints, AuditSigner signer) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.signer = signer;
    }

    Mono<ChainCheck> verify() {
        return checkpoints.all().collectList().flatMap(this::verify);
    }

    private Mono<ChainCheck> verify(List<AuditCheckpoint> list) {
        ChainCheck badCheckpoint = checkpointProblem(list);
        Mono<ChainCheck> check = badCheckpoint != null ? Mono.just(badCheckpoint) : walk(list);
        Long last = list.isEmpty() ? null : list.getLast().sequence();
        return check.map(result -> result.withCheckpoints(list.size(), last)).doOnNext(result -> {
            if (result.valid() && last != null) {
                checkpoints.seen(last);
            }
        });
    }

    private Mono<ChainCheck> walk(List<AuditCheckpoint> list) {
        return Mono.defer(() -> {
            ChainWalker walker = new ChainWalker(signer, list);
            return entries.all().takeWhile(walker::accept).then(Mono.fromCallable(walker::result));
        });
    }

    private @Nullable ChainCheck checkpointProblem(List<AuditCheckpoint> list) {
        String previousSignature = "";
        long previousEntry = 0;
        for (int i = 0; i < list.size(); i++) {
            AuditCheckpoint checkpoint = list.get(i);
            if (!signer.verify(checkpoint.payload(), checkpoint.signature())) {
                return ChainCheck.brokenCheckpoint(
                        checkpoint.sequence(),
                        Reason.BAD_CHECKPOINT_SIGNATURE,
                        "检查点 #" + checkpoint.sequence() + " 的签名不是本系统的签名：检查点被伪造或改动");
            }
            if (checkpoint.sequence() != i + 1
                    || !checkpoint.previousSignature().equals(previousSignature)
                    || checkpoint.lastEntryId() < previousEntry) {
                return ChainCheck.brokenCheckpoint(
                        i + 1, Reason.MISSING_CHECKPOINT, "检查点 #" + (i + 1) + " 缺失或与前一个检查点不相连：检查点被删除");
            }
            previousSignature = checkpoint.signature();
            previousEntry = checkpoint.lastEntryId();
        }
        if (list.size() < checkpoints.highestSeen()) {
            return ChainCheck.brokenCheckpoint(
                    list.size() + 1,
                    Reason.MISSING_CHECKPOINT,
                    "本服务已见过检查点 #" + checkpoints.highestSeen() + "，数据库中只剩 " + list.size() + " 个：最新的检查点被删除");
        }
        return null;
    }
}
