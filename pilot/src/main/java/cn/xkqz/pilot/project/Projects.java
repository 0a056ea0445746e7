package cn.xkqz.pilot.project;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ForbiddenException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.lifecycle.Lifecycle;
import cn.xkqz.pilot.expert.Experts;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Reading projects, and who takes part in one: bureau staff, its enterprise, its provider and, once
 * named, the experts of its acceptance panel. Opening them is {@link ProjectOpening}, steps {@link
 * ProjectLifecycle}.
 */
@Service
public class Projects {

    private final ProjectRepository projects;
    private final MilestoneRepository milestones;
    private final ProgressRepository progress;
    private final R2dbcEntityTemplate template;
    private final Lifecycle lifecycle;

    Projects(
            ProjectRepository projects,
            MilestoneRepository milestones,
            ProgressRepository progress,
            R2dbcEntityTemplate template,
            Lifecycle lifecycle) {
        this.projects = projects;
        this.milestones = milestones;
        this.progress = progress;
        this.template = template;
        this.lifecycle = lifecycle;
    }

    /** The project, for its parties and bureau staff. */
    public Mono<ProjectView> read(UUID id) {
        return get(id).flatMap(project -> requireParty(project, "只能查看本企业、本服务商或本人参与验收的项目"))
                .flatMap(this::view);
    }

    /**
     * A page of projects, newest first, filtered; an enterprise or provider sees only its own (naming
     * another in the filter is refused), an expert only those whose panel it sits on.
     */
    public Mono<Page<ProjectView>> list(ProjectFilter filter, PageQuery page) {
        return AuditTrail.actor()
                .flatMap(actor -> criteria(filter, actor))
                .flatMap(criteria -> template.select(Project.class)
                        .matching(query(criteria).with(page.newestFirst()))
                        .all()
                        .collectList()
                        .flatMap(this::views)
                        .zipWith(
                                template.count(query(criteria), Project.class),
                                (items, total) -> new Page<>(items, page.page(), page.size(), total)));
    }

    /** The project, whoever asks (for the services that check the actor themselves). */
    public Mono<Project> get(UUID id) {
        return projects.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException("项目", id)));
    }

    /** Locks the project for the rest of the transaction and reads it, so steps on it take turns. */
    public Mono<Project> lockAndGet(UUID id) {
        return projects.lock(id)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("项目", id)))
                .flatMap(this::get);
    }

    /**
     * The part the current actor plays in the project ({@code BUREAU}, {@code PROVIDER}, {@code
     * ENTERPRISE}, {@code EXPERT} on its panel); anyone else is refused (403) with {@code denied}.
     */
    public Mono<String> requirePartyRole(Project project, String denied) {
        return AuditTrail.actor()
                .flatMap(actor -> partyRole(project, actor))
                .switchIfEmpty(Mono.error(() -> new ForbiddenException(denied)));
    }

    /** Whether {@code expertId} sits on the project's acceptance panel. */
    public Mono<Boolean> isPanelist(UUID projectId, UUID expertId) {
        return projects.isPanelist(projectId, expertId);
    }

    /** The project as its readers see it. */
    public Mono<ProjectView> view(Project project) {
        return views(List.of(project)).map(List::getFirst);
    }

    Mono<Project> requireParty(Project project, String denied) {
        return requirePartyRole(project, denied).thenReturn(project);
    }

    private Mono<String> partyRole(Project project, Actor actor) {
        if (Viewers.seesEverything(actor)) {
            return Mono.just(Viewers.BUREAU);
        }
        UUID org = actor.orgId();
        if (org == null) {
            return Mono.empty();
        }
        return switch (actor.role()) {
            case Viewers.PROVIDER -> org.equals(project.providerId()) ? Mono.just(Viewers.PROVIDER) : Mono.empty();
            case Viewers.ENTERPRISE ->
                org.equals(project.enterpriseId()) ? Mono.just(Viewers.ENTERPRISE) : Mono.empty();
            case Experts.ROLE ->
                projects.isPanelist(project.id(), org)
                        .filter(Boolean::booleanValue)
                        .map(yes -> Experts.ROLE);
            default -> Mono.empty();
        };
    }

    private Mono<Criteria> criteria(ProjectFilter filter, Actor actor) {
        Criteria criteria =
                filter.status() == null ? Criteria.empty() : where("status").is(filter.status());
        criteria = filter.enterpriseId() == null
                ? criteria
                : criteria.and("enterpriseId").is(filter.enterpriseId());
        criteria = filter.providerId() == null
                ? criteria
                : criteria.and("providerId").is(filter.providerId());
        Mono<Criteria> scoped = scope(criteria, filter, actor);
        return filter.overdue()
                ? scoped.zipWith(
                        projects.withOverdueMilestones(lifecycle.today()).collectList(),
                        (c, ids) -> c.and("id").in(orNone(ids)))
                : scoped;
    }

    private Mono<Criteria> scope(Criteria criteria, ProjectFilter filter, Actor actor) {
        UUID org = actor.orgId();
        if (Viewers.seesEverything(actor)) {
            return Mono.just(criteria);
        }
        if (org != null && Viewers.PROVIDER.equals(actor.role()) && sameOrUnset(filter.providerId(), org)) {
            return Mono.just(criteria.and("providerId").is(org));
        }
        if (org != null && Viewers.ENTERPRISE.equals(actor.role()) && sameOrUnset(filter.enterpriseId(), org)) {
            return Mono.just(criteria.and("enterpriseId").is(org));
        }
        if (org != null && Experts.ROLE.equals(actor.role())) {
            return projects.panelsOf(org)
                    .collectList()
                    .map(ids -> criteria.and("id").in(orNone(ids)));
        }
        return Mono.error(new ForbiddenException("企业和服务商只能查看本方的项目"));
    }

    private static boolean sameOrUnset(@Nullable UUID filter, UUID org) {
        return filter == null || filter.equals(org);
    }

    /** An IN list that matches nothing when empty (SQL has no empty IN). */
    private static Collection<UUID> orNone(List<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }

    private Mono<List<ProjectView>> views(List<Project> found) {
        List<UUID> ids = found.stream().map(Project::id).toList();
        return milestones
                .findByProjectIdInOrderByPosition(orNone(ids))
                .collectMultimap(Milestone::projectId)
                .zipWith(
                        progress.findByProjectIdInOrderByReportedAt(orNone(ids)).collectMultimap(Progress::projectId))
                .map(parts -> found.stream()
                        .map(p -> ProjectView.of(
                                p,
                                List.copyOf(listOf(parts.getT1(), p.id())),
                                List.copyOf(listOf(parts.getT2(), p.id())),
                                lifecycle.today()))
                        .toList());
    }

    private static <T> Collection<T> listOf(Map<UUID, Collection<T>> byProject, UUID id) {
        return Objects.requireNonNullElse(byProject.get(id), List.of());
    }
}
