package cn.xkqz.catalog.curation;

import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What may be done to a recommended list's entries, decided on the entries as stored; each rule throws
 * the problem the bureau staff see when it is broken.
 */
final class RecommendedListRules {

    private RecommendedListRules() {}

    /** Only a draft changes; a published list stays as it was published. */
    static void requireDraft(String status) {
        if (!"DRAFT".equals(status)) {
            throw new ConflictException("推荐清单已发布，内容不能再改；请新建一期清单");
        }
    }

    /** The rank a new entry goes in at: the one asked for, or just after the last entry. */
    static int insertionRank(EntryRequest entry, List<StoredEntry> existing) {
        if (existing.stream().anyMatch(e -> e.solutionId().equals(entry.solutionId()))) {
            throw new ConflictException("该方案已在清单中；要调整名次请移动它");
        }
        if (existing.size() >= RecommendedLists.MAX_ENTRIES) {
            throw new ConflictException("推荐清单最多 " + RecommendedLists.MAX_ENTRIES + " 个方案，已满");
        }
        return Math.min(entry.rank(), existing.size() + 1);
    }

    /** {@code entries} with {@code solutionId} taken out and put back at {@code rank}. */
    static List<StoredEntry> moved(List<StoredEntry> entries, UUID solutionId, int rank) {
        StoredEntry entry = entries.stream()
                .filter(e -> e.solutionId().equals(solutionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("清单中的方案", solutionId));
        if (rank < 1 || rank > entries.size()) {
            throw new InvalidInputException("名次有误", List.of(new FieldError("rank", "必须在1到" + entries.size() + "之间")));
        }
        List<StoredEntry> reordered = new ArrayList<>(entries);
        reordered.remove(entry);
        reordered.add(rank - 1, entry);
        return reordered;
    }

    /** {@code entries} without {@code solutionId}, which must be one of them. */
    static List<StoredEntry> without(List<StoredEntry> entries, UUID solutionId) {
        List<StoredEntry> rest =
                entries.stream().filter(e -> !e.solutionId().equals(solutionId)).toList();
        if (rest.size() == entries.size()) {
            throw new NotFoundException("清单中的方案", solutionId);
        }
        return rest;
    }

    /** The entries as they will be frozen: there must be some, and the public must still see each. */
    static List<RecommendedEntry> publishable(List<RecommendedEntry> entries) {
        if (entries.isEmpty()) {
            throw new ConflictException("清单还没有方案，不能发布");
        }
        String withdrawn = EntryStanding.withdrawnNames(entries);
        if (!withdrawn.isEmpty()) {
            throw new ConflictException("清单中有方案已不在公开目录：" + withdrawn + "；请先把它移出清单再发布");
        }
        return entries;
    }
}
