package cn.xkqz.pilot.project;

import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.diagnosis.DiagnosisService;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.ForbiddenException;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.catalog.solution.SolutionStatus;
import cn.xkqz.catalog.validation.CatalogValidator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Opens a transformation project as PLANNED: the enterprise itself or bureau staff for it, with an
 * ACTIVE provider and that provider's LISTED solutions. The level before is the enterprise's latest
 * diagnosis, when it has one.
 */
@Service
public class ProjectOpening {

    private final R2dbcEntityTemplate template;
    private final EnterpriseService enterprises;
    private final ProviderService providers;
    private final SolutionService solutions;
    private final DiagnosisService diagnoses;
    private final Projects projects;
    private final CatalogValidator validator;
    private final AuditTrail audit;
    private final Clock clock;

    ProjectOpening(
            R2dbcEntityTemplate template,
            EnterpriseService enterprises,
            ProviderService providers,
            SolutionService solutions,
            DiagnosisService diagnoses,
            Projects projects,
            CatalogValidator validator,
            AuditTrail audit,
            Clock clock) {
        this.template = template;
        this.enterprises = enterprises;
        this.providers = providers;
        this.solutions = solutions;
        this.diagnoses = diagnoses;
        this.projects = projects;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Mono<ProjectView> open(ProjectDraft draft) {
        return requireOpener(draft.enterpriseId())
                .then(validator.validate(draft))
                .then(Mono.defer(() -> checkParties(draft)))
                .then(Mono.defer(() -> preLevel(draft.enterpriseId())))
                .flatMap(level -> insert(draft, level.orElse(null)))
                .flatMap(projects::view);
    }

    /** The enterprise itself, or bureau staff; another enterprise's project is refused before anything else. */
    private static Mono<Void> requireOpener(@Nullable UUID enterpriseId) {
        return AuditTrail.actor()
                .flatMap(actor -> Viewers.seesEverything(actor)
                                || (Viewers.ENTERPRISE.equals(actor.role())
                                        && (enterpriseId == null || enterpriseId.equals(actor.orgId())))
                        ? Mono.<Void>empty()
                        : Mono.error(new ForbiddenException("企业只能为本企业立项")));
    }

    private Mono<Void> checkParties(ProjectDraft draft) {
        Mono<Void> enterprise = enterprises
                .get(draft.enterpriseId())
                .onErrorMap(NotFoundException.class, e -> invalid("enterpriseId", "未知的企业 " + draft.enterpriseId()))
                .then();
        Mono<Provider> provider = providers
                .get(draft.providerId())
                .onErrorMap(NotFoundException.class, e -> invalid("providerId", "未知的服务商 " + draft.providerId()));
        return enterprise
                .then(provider)
                .flatMap(p -> p.status().isPublic()
                        ? checkSolutions(draft)
                        : Mono.error(new ConflictException(
                                "服务商 " + p.name() + " 当前状态为 " + p.status() + "，只能与在库（ACTIVE）服务商立项")));
    }

    private Mono<Void> checkSolutions(ProjectDraft draft) {
        return Flux.range(0, draft.solutionIds().size())
                .concatMap(i -> solutions
                        .get(draft.solutionIds().get(i))
                        .onErrorMap(
                                NotFoundException.class,
                                e -> invalid(
                                        "solutionIds[" + i + "]",
                                        "未知的方案 " + draft.solutionIds().get(i)))
                        .flatMap(solution -> checkSolution(solution, draft.providerId(), i)))
                .then();
    }

    private static Mono<Solution> checkSolution(Solution solution, UUID providerId, int i) {
        if (!solution.providerId().equals(providerId)) {
            return Mono.error(invalid("solutionIds[" + i + "]", "方案“" + solution.name() + "”不属于该服务商"));
        }
        if (solution.status() != SolutionStatus.LISTED) {
            return Mono.error(new ConflictException(
                    "方案“" + solution.name() + "”当前状态为 " + solution.status() + "，只有已上架（LISTED）方案可以立项"));
        }
        return Mono.just(solution);
    }

    /** The level of the enterprise's latest diagnosis; empty when it has none yet. */
    private Mono<Optional<Integer>> preLevel(UUID enterpriseId) {
        return diagnoses
                .latest(enterpriseId)
                .map(diagnosis -> Optional.of(diagnosis.level()))
                .onErrorResume(NotFoundException.class, e -> Mono.just(Optional.empty()));
    }

    private Mono<Project> insert(ProjectDraft draft, @Nullable Integer preLevel) {
        Instant now = clock.instant();
        Project project = new Project(
                UUID.randomUUID(),
                draft.enterpriseId(),
                draft.providerId(),
                draft.solutionIds(),
                draft.plannedSpendYuan(),
                draft.targetLevel(),
                preLevel,
                draft.startDate(),
                draft.plannedEndDate(),
                ProjectStatus.PLANNED,
                0,
                null,
                null,
                null,
                0,
                now,
                now);
        List<Milestone> plan = IntStream.range(0, draft.milestones().size())
                .mapToObj(i -> new Milestone(
                        UUID.randomUUID(),
                        project.id(),
                        i + 1,
                        draft.milestones().get(i).name().strip(),
                        draft.milestones().get(i).dueDate(),
                        null))
                .toList();
        return template.insert(project)
                .flatMap(saved ->
                        Flux.fromIterable(plan).concatMap(template::insert).then(Mono.just(saved)))
                .flatMap(saved -> audit.append(
                                "PROJECT_OPENED",
                                ProjectLifecycle.ENTITY,
                                saved.id(),
                                null,
                                Map.of(
                                        "enterpriseId", saved.enterpriseId().toString(),
                                        "providerId", saved.providerId().toString(),
                                        "plannedSpendYuan", saved.plannedSpendYuan(),
                                        "targetLevel", saved.targetLevel(),
                                        "milestones", plan.size()))
                        .thenReturn(saved));
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException("项目资料有误", List.of(new FieldError(field, message)));
    }
}
