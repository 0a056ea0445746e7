package cn.xkqz.pilot.showcase;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.pilot.project.Project;
import cn.xkqz.pilot.project.ProjectStatus;
import cn.xkqz.pilot.project.Projects;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Showcases (样板企业): bureau staff make one from an ACCEPTED project, once per project; anyone reads
 * them, filtered by industry, scene, category or text, and per solution and provider.
 */
@Service
public class Showcases {

    static final String ENTITY = "SHOWCASE";

    private final ShowcaseRepository showcases;
    private final ShowcaseResultRepository results;
    private final Projects projects;
    private final SolutionService solutions;
    private final ProviderService providers;
    private final RecordWriter writer;
    private final CatalogValidator validator;
    private final AuditTrail audit;
    private final Clock clock;

    Showcases(
            ShowcaseRepository showcases,
            ShowcaseResultRepository results,
            Projects projects,
            SolutionService solutions,
            ProviderService providers,
            RecordWriter writer,
            CatalogValidator validator,
            AuditTrail audit,
            Clock clock) {
        this.showcases = showcases;
        this.results = results;
        this.projects = projects;
        this.solutions = solutions;
        this.providers = providers;
        this.writer = writer;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a showcase of the enterprise's ACCEPTED project (bureau staff); a second one of it is a conflict. */
    @Transactional
    public Mono<ShowcaseView> create(ShowcaseDraft draft) {
        return Permissions.bureau("只有主管部门工作人员可以评选样板企业")
                .then(validator.validate(draft))
                .then(Mono.defer(() -> projects.get(draft.projectId())))
                .onErrorMap(NotFoundException.class, e -> invalid("projectId", "未知的项目 " + draft.projectId()))
                .flatMap(project -> checkProject(project, draft))
                .flatMap(project -> insert(project, draft))
                .flatMap(this::get);
    }

    /** A page of showcases, newest first, as {@code filter} narrows them (public). */
    public Mono<Page<ShowcaseView>> list(ShowcaseFilter filter, PageQuery page) {
        String category = filter.category() == null ? null : filter.category().name();
        return showcases
                .find(
                        null,
                        filter.industry(),
                        filter.scene(),
                        category,
                        filter.solutionId(),
                        filter.providerId(),
                        filter.pattern(),
                        page.size(),
                        (long) page.page() * page.size())
                .collectList()
                .flatMap(this::views)
                .zipWith(
                        showcases.count(
                                null,
                                filter.industry(),
                                filter.scene(),
                                category,
                                filter.solutionId(),
                                filter.providerId(),
                                filter.pattern()),
                        (items, total) -> new Page<>(items, page.page(), page.size(), total));
    }

    /** The showcases of a solution (public); an unknown solution is 404. */
    public Mono<Page<ShowcaseView>> ofSolution(UUID solutionId, PageQuery page) {
        return solutions.get(solutionId).then(Mono.defer(() -> list(ShowcaseFilter.ofSolution(solutionId), page)));
    }

    /** The showcases of a provider (public); an unknown provider is 404. */
    public Mono<Page<ShowcaseView>> ofProvider(UUID providerId, PageQuery page) {
        return providers.get(providerId).then(Mono.defer(() -> list(ShowcaseFilter.ofProvider(providerId), page)));
    }

    /** The showcase (public). */
    public Mono<ShowcaseView> get(UUID id) {
        return showcases
                .find(id, null, null, null, null, null, null, 1, 0)
                .collectList()
                .flatMap(this::views)
                .flatMap(found ->
                        found.isEmpty() ? Mono.error(new NotFoundException("样板", id)) : Mono.just(found.getFirst()));
    }

    private static Mono<Project> checkProject(Project project, ShowcaseDraft draft) {
        if (!project.enterpriseId().equals(draft.enterpriseId())) {
            return Mono.error(invalid("enterpriseId", "不是项目 " + project.id() + " 的企业"));
        }
        if (project.status() != ProjectStatus.ACCEPTED) {
            return Mono.error(new ConflictException(
                    "项目 " + project.id() + " 当前状态为 " + project.status() + "，只有验收通过（ACCEPTED）的项目可以评为样板"));
        }
        return Mono.just(project);
    }

    private Mono<UUID> insert(Project project, ShowcaseDraft draft) {
        Showcase showcase = new Showcase(
                UUID.randomUUID(),
                project.id(),
                project.enterpriseId(),
                project.providerId(),
                project.solutionIds(),
                draft.category(),
                draft.title().strip(),
                clock.instant());
        List<ShowcaseResult> rows = IntStream.range(0, draft.results().size())
                .mapToObj(i -> new ShowcaseResult(
                        UUID.randomUUID(),
                        showcase.id(),
                        i + 1,
                        draft.results().get(i).metric().strip(),
                        draft.results().get(i).before().strip(),
                        draft.results().get(i).after().strip()))
                .toList();
        return writer.insert(showcase, null, () -> new ConflictException("项目 " + project.id() + " 已评为样板"))
                .flatMap(saved -> Flux.fromIterable(rows)
                        .concatMap(row -> writer.insert(row, null, () -> new ConflictException("样板结果重复")))
                        .then(Mono.just(saved)))
                .flatMap(saved -> audit.append(
                                "SHOWCASE_CREATED",
                                ENTITY,
                                saved.id(),
                                null,
                                Map.of(
                                        "projectId", saved.projectId().toString(),
                                        "enterpriseId", saved.enterpriseId().toString(),
                                        "category", saved.category().name(),
                                        "title", saved.title(),
                                        "results", rows.size()))
                        .thenReturn(saved.id()));
    }

    private Mono<List<ShowcaseView>> views(List<ShowcaseRepository.Row> rows) {
        List<UUID> ids = rows.stream().map(ShowcaseRepository.Row::id).toList();
        return results.findByShowcaseIdInOrderByPosition(orNone(ids))
                .collectMultimap(ShowcaseResult::showcaseId)
                .map(byShowcase -> rows.stream()
                        .map(row -> ShowcaseView.of(
                                row, List.copyOf(Objects.requireNonNullElse(byShowcase.get(row.id()), List.of()))))
                        .toList());
    }

    /** An IN list that matches nothing when empty (SQL has no empty IN). */
    private static Collection<UUID> orNone(List<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException("样板资料有误", List.of(new FieldError(field, message)));
    }
}
