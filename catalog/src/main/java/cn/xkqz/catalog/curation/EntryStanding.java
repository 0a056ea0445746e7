package cn.xkqz.catalog.curation;

import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.solution.SolutionSnapshot;
import cn.xkqz.catalog.solution.SolutionSnapshots;
import cn.xkqz.catalog.solution.Visibility;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Whether recommended solutions are still in the public pool ({@link Visibility}): only such solutions
 * enter a list, and an entry that has left it since shows as withdrawn, in drafts and published lists.
 */
@Component
class EntryStanding {

    private final SolutionSnapshots snapshots;

    EntryStanding(SolutionSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** Completes if the solution may be recommended: it exists (else 400) and the public sees it (else 409). */
    Mono<Void> requireRecommendable(UUID solutionId) {
        return snapshots
                .of(List.of(solutionId))
                .next()
                .switchIfEmpty(Mono.error(() -> new InvalidInputException(
                        "方案不存在", List.of(new FieldError("solutionId", "方案 " + solutionId + " 不存在")))))
                .flatMap(found -> {
                    String why = whyHidden(found);
                    return why.isEmpty()
                            ? Mono.empty()
                            : Mono.error(new ConflictException("只有已上架（LISTED）且服务商在库（ACTIVE）的方案才能进入推荐清单：" + why));
                });
    }

    /** The entries, each marked withdrawn or not as its solution stands now (one query for all). */
    Mono<List<RecommendedEntry>> mark(List<RecommendedEntry> entries) {
        return now(entries.stream().map(RecommendedEntry::solutionId).toList())
                .map(now -> entries.stream().map(entry -> standing(entry, now)).toList());
    }

    /** A draft's entries with their solutions' fields as they are now, marked as {@link #mark} does (one query). */
    Mono<List<RecommendedEntry>> live(List<StoredEntry> entries) {
        return now(entries.stream().map(StoredEntry::solutionId).toList())
                .map(now -> entries.stream().map(entry -> live(entry, now)).toList());
    }

    /** The names of entries that are withdrawn, with why, joined for a message ("" when none are). */
    static String withdrawnNames(List<RecommendedEntry> entries) {
        return entries.stream()
                .filter(RecommendedEntry::withdrawn)
                .map(entry -> "“" + entry.name() + "”" + entry.withdrawnReason())
                .collect(Collectors.joining("、"));
    }

    private Mono<Map<UUID, SolutionSnapshot>> now(List<UUID> solutionIds) {
        return snapshots.of(solutionIds).collectMap(found -> found.solution().id(), Function.identity());
    }

    private static RecommendedEntry live(StoredEntry entry, Map<UUID, SolutionSnapshot> now) {
        SolutionSnapshot found =
                Objects.requireNonNull(now.get(entry.solutionId()), "recommended_entry.solution_id is a foreign key");
        return entry.with(found.solution()).standing(whyHidden(found));
    }

    private static RecommendedEntry standing(RecommendedEntry entry, Map<UUID, SolutionSnapshot> now) {
        SolutionSnapshot found = now.get(entry.solutionId());
        return entry.standing(found == null ? "方案已不存在" : whyHidden(found));
    }

    private static String whyHidden(SolutionSnapshot found) {
        return Visibility.whyHidden(found.solution().status(), found.providerStatus());
    }
}
