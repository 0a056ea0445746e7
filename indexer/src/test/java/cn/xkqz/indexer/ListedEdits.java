package cn.xkqz.indexer;

import cn.xkqz.catalog.lifecycle.TransitionRequest;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionDraft;
import cn.xkqz.catalog.solution.SolutionLifecycle;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.catalog.solution.SolutionUpdate;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Edits a LISTED solution the way the marketplace does: a revision, then bureau approval of that revision. */
public final class ListedEdits {

    private ListedEdits() {}

    public static Mono<Solution> edit(
            SolutionService solutions, SolutionLifecycle lifecycle, UUID id, long version, SolutionDraft draft) {
        return solutions
                .proposeRevision(id, new SolutionUpdate(version, draft))
                .map(revision -> new TransitionRequest("APPROVE_REVISION", "测试批准", null, null, revision.id()))
                .flatMap(approve -> lifecycle.action(approve).flatMap(action -> lifecycle.apply(id, action, approve)));
    }
}
