package cn.xkqz.pilot.project;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.ForbiddenException;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.lifecycle.Lifecycle;
import cn.xkqz.catalog.lifecycle.LifecycleAction;
import cn.xkqz.catalog.lifecycle.LifecycleView;
import cn.xkqz.catalog.lifecycle.TransitionRequest;
import cn.xkqz.catalog.validation.CatalogValidator;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Moves projects through their lifecycle ({@link ProjectAction}), each step one transaction with its
 * transition log entry and audit entry; an action the state does not allow answers 409 with the allowed
 * ones, an action of another party 403. Acceptance's decision settles a project through {@link #settle}.
 */
@Service
public class ProjectLifecycle {

    public static final String ENTITY = "PROJECT";

    private final Projects projects;
    private final Lifecycle lifecycle;
    private final CatalogValidator validator;
    private final R2dbcEntityTemplate template;
    private final Clock clock;

    ProjectLifecycle(
            Projects projects,
            Lifecycle lifecycle,
            CatalogValidator validator,
            R2dbcEntityTemplate template,
            Clock clock) {
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.validator = validator;
        this.template = template;
        this.clock = clock;
    }

    /** Takes the step {@code step} names, when the acting party may. */
    @Transactional
    public Mono<ProjectView> transition(UUID id, ProjectStep step) {
        return validator
                .validate(step)
                .then(Mono.defer(() -> lifecycle.action(ProjectAction.class, step.asTransition())))
                .flatMap(action -> projects.lockAndGet(id)
                        .flatMap(project -> requireTaker(project, action))
                        .flatMap(project -> move(project, action, step)))
                .flatMap(projects::view);
    }

    /** Where the project stands, what can happen next, and every step so far (its parties, bureau staff). */
    public Mono<LifecycleView> view(UUID id) {
        return projects.get(id)
                .flatMap(project -> projects.requireParty(project, "只能查看本方参与的项目"))
                .zipWith(lifecycle.history(ENTITY, id).collectList())
                .map(state -> new LifecycleView(
                        state.getT1().status().name(),
                        allowed(state.getT1().status()).stream().map(Enum::name).toList(),
                        state.getT2()));
    }

    /**
     * Records acceptance's outcome on a project in ACCEPTANCE_REQUESTED (the caller holds its lock):
     * the status, the level after and the actual spend.
     */
    public Mono<Project> settle(
            Project project,
            LifecycleAction outcome,
            ProjectStatus to,
            int postLevel,
            long actualSpend,
            String comment) {
        return template.update(project.decided(to, postLevel, actualSpend, clock.instant()))
                .flatMap(saved -> lifecycle
                        .record(
                                ENTITY,
                                saved.id(),
                                outcome,
                                project.status(),
                                to,
                                new TransitionRequest(outcome.name(), comment, null))
                        .thenReturn(saved));
    }

    /** The refusal of {@code step} (named by the caller) on {@code project} in its state, naming the allowed actions. */
    public static ConflictException refused(Project project, String step, String why) {
        return ConflictException.illegalTransition(
                "项目",
                step,
                project.status().name(),
                allowed(project.status()).stream().map(Enum::name).toList(),
                why);
    }

    private Mono<Project> requireTaker(Project project, ProjectAction action) {
        return projects.requirePartyRole(project, "只能操作本方参与的项目")
                .flatMap(role -> action.takenBy(role)
                        ? Mono.just(project)
                        : Mono.error(new ForbiddenException(action.name() + " 只能由" + takers(action) + "执行")));
    }

    private static String takers(ProjectAction action) {
        return switch (action) {
            case CONFIRM, REPORT_PROGRESS -> "项目的服务商";
            case REQUEST_ACCEPTANCE, CANCEL -> "项目的企业或主管部门";
        };
    }

    private Mono<Project> move(Project project, ProjectAction action, ProjectStep step) {
        if (!action.startsFrom(project.status())) {
            return Mono.error(Lifecycle.refused("项目", action, project.status(), allowed(project.status()), ""));
        }
        int percent = step.percent() == null ? project.percent() : step.percent();
        if (percent < project.percent()) {
            return Mono.error(Lifecycle.refused(
                    "项目",
                    action,
                    project.status(),
                    allowed(project.status()),
                    "进度不能低于上次报告的 " + project.percent() + "%"));
        }
        Mono<Void> effects = action == ProjectAction.REPORT_PROGRESS ? report(project, step, percent) : Mono.empty();
        TransitionRequest request = step.asTransition();
        return effects.then(Mono.defer(() -> template.update(project.moved(action.target(), percent, clock.instant()))))
                .flatMap(saved -> lifecycle
                        .record(ENTITY, saved.id(), action, project.status(), saved.status(), request)
                        .thenReturn(saved));
    }

    /** Files the progress report and marks its milestone done. */
    private Mono<Void> report(Project project, ProjectStep step, int percent) {
        UUID milestoneId = step.milestoneId();
        Mono<Void> milestone = milestoneId == null ? Mono.empty() : finish(project, milestoneId);
        return milestone
                .then(AuditTrail.actor())
                .flatMap(actor -> template.insert(new Progress(
                        UUID.randomUUID(),
                        project.id(),
                        percent,
                        step.asTransition().commentOrEmpty(),
                        milestoneId,
                        actor.subject(),
                        clock.instant())))
                .then();
    }

    private Mono<Void> finish(Project project, UUID milestoneId) {
        return template.selectOne(
                        query(where("id").is(milestoneId).and("projectId").is(project.id())), Milestone.class)
                .switchIfEmpty(Mono.error(() -> new InvalidInputException(
                        "操作有误", List.of(new FieldError("milestoneId", "不是本项目的里程碑：" + milestoneId)))))
                .flatMap(milestone -> milestone.doneOn() == null
                        ? template.update(milestone.finishedOn(lifecycle.today()))
                                .then()
                        : Mono.error(new ConflictException(
                                "里程碑“" + milestone.name() + "”已于 " + milestone.doneOn() + " 完成")));
    }

    private static List<ProjectAction> allowed(ProjectStatus status) {
        return Arrays.stream(ProjectAction.values())
                .filter(a -> a.startsFrom(status))
                .toList();
    }
}
