package cn.xkqz.pilot.acceptance;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.ForbiddenException;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.pilot.claim.Claims;
import cn.xkqz.pilot.expert.Experts;
import cn.xkqz.pilot.project.Project;
import cn.xkqz.pilot.project.ProjectLifecycle;
import cn.xkqz.pilot.project.ProjectStatus;
import cn.xkqz.pilot.project.ProjectView;
import cn.xkqz.pilot.project.Projects;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Acceptance (改造验收) of a project whose enterprise asked for it: bureau staff name a panel of at least
 * three experts tied to neither party, each panel expert reviews once, then bureau staff decide with the
 * level after transformation and the actual spend: ACCEPTED at level 2 or above, else FAILED. The
 * decision opens the project's subsidy claims in its transaction ({@link Claims#openForDecision}).
 */
@Service
public class Acceptance {

    static final int MIN_PANEL = 3;
    static final int PASSING_LEVEL = 2;

    private final Projects projects;
    private final ProjectLifecycle lifecycle;
    private final Experts experts;
    private final Claims claims;
    private final PanelistRepository panelists;
    private final ReviewRepository reviews;
    private final CatalogValidator validator;
    private final RecordWriter writer;
    private final AuditTrail audit;
    private final Clock clock;

    Acceptance(
            Projects projects,
            ProjectLifecycle lifecycle,
            Experts experts,
            Claims claims,
            PanelistRepository panelists,
            ReviewRepository reviews,
            CatalogValidator validator,
            RecordWriter writer,
            AuditTrail audit,
            Clock clock) {
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.experts = experts;
        this.claims = claims;
        this.panelists = panelists;
        this.reviews = reviews;
        this.validator = validator;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /** Names (or, before any review, renames) the project's panel (bureau staff). */
    @Transactional
    public Mono<Void> namePanel(UUID projectId, PanelRequest request) {
        return Permissions.bureau("只有主管部门工作人员可以组建验收专家组")
                .then(validator.validate(request))
                .then(Mono.defer(() -> projects.lockAndGet(projectId)))
                .flatMap(project -> requireAwaiting(project, "NAME_PANEL"))
                .flatMap(project -> reviews.findByProjectIdOrderByReviewedAt(projectId)
                        .hasElements()
                        .flatMap(reviewed -> reviewed
                                ? Mono.error(new ConflictException("已有专家提交验收意见，验收专家组不能再更换"))
                                : Mono.just(project)))
                .flatMap(project -> experts.independentOf(
                                request.expertIds(), List.of(project.providerId(), project.enterpriseId()))
                        .then(panelists.deleteByProject(projectId)))
                .thenMany(Flux.defer(() -> Flux.fromIterable(request.expertIds())))
                .concatMap(expertId -> writer.insert(
                        new Panelist(UUID.randomUUID(), projectId, expertId, clock.instant()),
                        null,
                        () -> new ConflictException("专家 " + expertId + " 已在验收专家组")))
                .then(Mono.defer(() -> audit.append(
                        "ACCEPTANCE_PANEL_NAMED",
                        ProjectLifecycle.ENTITY,
                        projectId,
                        null,
                        Map.of(
                                "expertIds",
                                request.expertIds().stream().map(UUID::toString).toList()))));
    }

    /** The acting panel expert's one review. */
    @Transactional
    public Mono<AcceptanceReview> review(UUID projectId, ReviewDraft draft) {
        return Experts.actingExpert("只有验收专家组的专家可以提交验收意见")
                .flatMap(expertId -> projects.lockAndGet(projectId)
                        .flatMap(project -> projects.isPanelist(projectId, expertId)
                                .flatMap(onPanel -> onPanel
                                        ? validator.validate(draft).thenReturn(project)
                                        : Mono.error(new ForbiddenException("只有本项目验收专家组的专家可以提交验收意见"))))
                        .flatMap(project -> requireAwaiting(project, "REVIEW"))
                        .flatMap(project -> writer.insert(
                                new AcceptanceReview(
                                        UUID.randomUUID(),
                                        projectId,
                                        expertId,
                                        draft.assessedLevel(),
                                        draft.pass(),
                                        draft.comment().strip(),
                                        clock.instant()),
                                null,
                                () -> new ConflictException("专家 " + expertId + " 已提交过本项目的验收意见，每位专家一次"))))
                .flatMap(saved -> audit.append(
                                "ACCEPTANCE_REVIEWED",
                                ProjectLifecycle.ENTITY,
                                projectId,
                                null,
                                Map.of(
                                        "expertId", saved.expertId().toString(),
                                        "assessedLevel", saved.assessedLevel(),
                                        "pass", saved.pass()))
                        .thenReturn(saved));
    }

    /** Bureau staff decide, once every panel expert has reviewed. */
    @Transactional
    public Mono<ProjectView> decide(UUID projectId, DecisionRequest decision) {
        return Permissions.bureau("只有主管部门工作人员可以作出验收结论")
                .then(validator.validate(decision))
                .then(Mono.defer(() -> projects.lockAndGet(projectId)))
                .flatMap(project -> requireAwaiting(project, "DECIDE"))
                .zipWhen(project ->
                        panelists.findByProjectIdOrderByNamedAt(projectId).collectList())
                .zipWhen(state ->
                        reviews.findByProjectIdOrderByReviewedAt(projectId).collectList())
                .flatMap(state -> settle(state.getT1().getT1(), state.getT1().getT2(), state.getT2(), decision))
                .flatMap(decided -> claims.openForDecision(decided).then(Mono.just(decided)))
                .flatMap(projects::view);
    }

    private Mono<Project> settle(
            Project project, List<Panelist> panel, List<AcceptanceReview> done, DecisionRequest decision) {
        if (panel.size() < MIN_PANEL) {
            return Mono.error(new ConflictException("尚未组建验收专家组（至少 " + MIN_PANEL + " 位专家）"));
        }
        if (done.size() < panel.size()) {
            return Mono.error(new ConflictException("还有 " + (panel.size() - done.size()) + " 位专家未提交验收意见"));
        }
        long passes = done.stream().filter(AcceptanceReview::pass).count();
        boolean accepted = decision.postLevel() >= PASSING_LEVEL;
        if (accepted && passes * 2 <= done.size()) {
            return Mono.error(new ConflictException("验收专家组多数意见为不通过（" + passes + "/" + done.size() + " 通过），不能判定验收通过"));
        }
        return lifecycle.settle(
                project,
                accepted ? AcceptanceOutcome.ACCEPT : AcceptanceOutcome.FAIL,
                accepted ? ProjectStatus.ACCEPTED : ProjectStatus.FAILED,
                decision.postLevel(),
                decision.actualSpendYuan(),
                decision.commentOrEmpty());
    }

    private static Mono<Project> requireAwaiting(Project project, String step) {
        return project.status() == ProjectStatus.ACCEPTANCE_REQUESTED
                ? Mono.just(project)
                : Mono.error(ProjectLifecycle.refused(project, step, "只有申请验收（ACCEPTANCE_REQUESTED）的项目可以验收"));
    }
}
