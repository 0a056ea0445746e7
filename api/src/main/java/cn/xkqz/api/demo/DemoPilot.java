package cn.xkqz.api.demo;

import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.diagnosis.DiagnosisDraft;
import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.catalog.enterprise.AssignmentRequest;
import cn.xkqz.catalog.enterprise.DiagnosisAssignments;
import cn.xkqz.catalog.enterprise.Enterprise;
import cn.xkqz.catalog.enterprise.EnterpriseDraft;
import cn.xkqz.catalog.enterprise.EnterpriseScale;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.enterprise.Specialization;
import cn.xkqz.catalog.importing.ImportResult;
import cn.xkqz.catalog.lifecycle.Lifecycle;
import cn.xkqz.pilot.acceptance.Acceptance;
import cn.xkqz.pilot.acceptance.DecisionRequest;
import cn.xkqz.pilot.acceptance.PanelRequest;
import cn.xkqz.pilot.acceptance.RatingDraft;
import cn.xkqz.pilot.acceptance.Ratings;
import cn.xkqz.pilot.acceptance.ReviewDraft;
import cn.xkqz.pilot.claim.DiagnosisFees;
import cn.xkqz.pilot.expert.Expert;
import cn.xkqz.pilot.expert.ExpertDraft;
import cn.xkqz.pilot.expert.Experts;
import cn.xkqz.pilot.project.MilestoneDraft;
import cn.xkqz.pilot.project.ProjectDraft;
import cn.xkqz.pilot.project.ProjectLifecycle;
import cn.xkqz.pilot.project.ProjectOpening;
import cn.xkqz.pilot.project.ProjectStep;
import cn.xkqz.pilot.project.ProjectView;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The pilot's demo records, made through the services as their parties would: four enterprises, an
 * assigned provider's diagnosis, four experts, and projects standing at each stage of the loop (PLANNED,
 * IMPLEMENTING with a late milestone, ACCEPTANCE_REQUESTED with its panel, ACCEPTED and rated), then
 * the showcase, chain case, event and recognition of {@link DemoPromotion}.
 */
@Component
@ConditionalOnBooleanProperty("xkqz.demo-data.enabled")
class DemoPilot {

    private final EnterpriseService enterprises;
    private final DiagnosisAssignments assignments;
    private final DiagnosisFees diagnoses;
    private final Experts experts;
    private final ProjectOpening opening;
    private final ProjectLifecycle lifecycle;
    private final Acceptance acceptance;
    private final Ratings ratings;
    private final Lifecycle calendar;
    private final DemoPromotion promotion;

    DemoPilot(
            EnterpriseService enterprises,
            DiagnosisAssignments assignments,
            DiagnosisFees diagnoses,
            Experts experts,
            ProjectOpening opening,
            ProjectLifecycle lifecycle,
            Acceptance acceptance,
            Ratings ratings,
            Lifecycle calendar,
            DemoPromotion promotion) {
        this.enterprises = enterprises;
        this.assignments = assignments;
        this.diagnoses = diagnoses;
        this.experts = experts;
        this.opening = opening;
        this.lifecycle = lifecycle;
        this.acceptance = acceptance;
        this.ratings = ratings;
        this.calendar = calendar;
        this.promotion = promotion;
    }

    /** Loads the demo pilot on top of the demo catalogue {@code pool}; the number of projects made. */
    Mono<Long> load(ImportResult pool) {
        UUID lifting = ref(pool.providers().get("P01"));
        UUID general = ref(pool.providers().get("P02"));
        UUID medical = ref(pool.providers().get("P03"));
        return Flux.concat(
                        enterprise("演示·长垣桥式起重机厂", "91410700MA9DEM001A", "LIFTING_EQUIPMENT", "长垣市"),
                        enterprise("演示·新乡转向器配件厂", "91410700MA9DEM002D", "AUTO_PARTS", "新乡县"),
                        enterprise("演示·卫辉医用敷料厂", "91410700MA9DEM003G", "MEDICAL_DEVICES", "卫辉市"),
                        enterprise("演示·获嘉精细化工厂", "91410700MA9DEM004K", "NEW_CHEMICALS", "获嘉县"))
                .collectList()
                .zipWith(Flux.concat(
                                expert("王建国", "河南师范大学", null),
                                expert("李秀兰", "新乡市工业互联网协会", null),
                                expert("赵志强", "河南科技学院", null),
                                expert("陈立新", "起重装备服务商技术部", lifting))
                        .map(Expert::id)
                        .collectList())
                .flatMap(made -> {
                    List<UUID> e = made.getT1();
                    List<UUID> panel = made.getT2().subList(0, 3);
                    return diagnosedBy(lifting, e.get(0))
                            .then(accepted(
                                    e.get(0), lifting, ref(pool.solutions().get("S001")), panel))
                            .flatMap(project -> promotion.load(project, e, general))
                            .then(implementing(
                                    e.get(1), general, ref(pool.solutions().get("S007"))))
                            .then(awaitingAcceptance(
                                    e.get(2), medical, ref(pool.solutions().get("S012")), panel))
                            .then(opened(e.get(3), general, ref(pool.solutions().get("S008"))))
                            .thenReturn(4L);
                });
    }

    private Mono<UUID> enterprise(String name, String creditCode, String industry, String county) {
        return enterprises
                .create(new EnterpriseDraft(
                        name,
                        creditCode,
                        industry,
                        county,
                        EnterpriseScale.ABOVE,
                        Specialization.PROVINCIAL,
                        1,
                        null,
                        null))
                .map(Enterprise::id);
    }

    private Mono<Expert> expert(String name, String organization, @Nullable UUID providerId) {
        return experts.create(new ExpertDraft(name, List.of("工业互联网", "智能制造"), organization, providerId, List.of()));
    }

    /** The provider is assigned and diagnoses the enterprise, with its report. */
    private Mono<Void> diagnosedBy(UUID provider, UUID enterprise) {
        DiagnosisDraft diagnosis = new DiagnosisDraft(
                1,
                800_000L,
                List.of(new PainPoint("行车经常突然停机，维修全靠老师傅经验", "EQUIPMENT", 3)),
                List.of("EQUIPMENT"),
                "转型诊断报告（演示数据）：设备联网率低，建议先上远程运维与预测性维护。");
        return assignments
                .assign(enterprise, new AssignmentRequest(provider))
                .then(as(Parties.provider(provider), diagnoses.submit(enterprise, diagnosis)))
                .then();
    }

    private Mono<ProjectView> opened(UUID enterprise, UUID provider, UUID solution) {
        LocalDate today = calendar.today();
        return opening.open(new ProjectDraft(
                enterprise,
                provider,
                List.of(solution),
                600_000L,
                2,
                today.minusMonths(2),
                today.plusMonths(4),
                List.of(
                        new MilestoneDraft("设备联网与数据采集", today.minusDays(10)),
                        new MilestoneDraft("系统上线与培训", today.plusMonths(3)))));
    }

    private Mono<ProjectView> implementing(UUID enterprise, UUID provider, UUID solution) {
        return opened(enterprise, provider, solution)
                .flatMap(p -> step(p.id(), provider, "CONFIRM", null))
                .flatMap(p -> step(p.id(), provider, "REPORT_PROGRESS", 40));
    }

    private Mono<ProjectView> awaitingAcceptance(UUID enterprise, UUID provider, UUID solution, List<UUID> panel) {
        return implementing(enterprise, provider, solution)
                .flatMap(p ->
                        lifecycle.transition(p.id(), new ProjectStep("REQUEST_ACCEPTANCE", "改造完成，申请验收", null, null)))
                .flatMap(p ->
                        acceptance.namePanel(p.id(), new PanelRequest(panel)).thenReturn(p));
    }

    private Mono<ProjectView> accepted(UUID enterprise, UUID provider, UUID solution, List<UUID> panel) {
        return awaitingAcceptance(enterprise, provider, solution, panel)
                .flatMap(p -> Flux.fromIterable(panel)
                        .concatMap(expert -> as(
                                Parties.expert(expert),
                                acceptance.review(p.id(), new ReviewDraft(3, true, "演示数据：设备联网与预测性维护已运行，达到三级。"))))
                        .then(acceptance.decide(p.id(), new DecisionRequest(3, 580_000L, "演示数据：验收通过"))))
                .flatMap(p -> as(
                                Parties.enterprise(enterprise), ratings.rate(p.id(), new RatingDraft(5, "按期交付，停机明显减少")))
                        .thenReturn(p));
    }

    private Mono<ProjectView> step(UUID project, UUID provider, String action, @Nullable Integer percent) {
        return as(
                Parties.provider(provider),
                lifecycle.transition(project, new ProjectStep(action, "演示数据", percent, null)));
    }

    private static <T> Mono<T> as(Actor actor, Mono<T> call) {
        return call.contextWrite(ctx -> ctx.put(Actor.class, actor));
    }

    private static UUID ref(@Nullable UUID id) {
        return Objects.requireNonNull(id, "the demo catalogue lacks a provider or solution the demo pilot uses");
    }

    /** The demo's parties as actors. */
    private static final class Parties {

        private Parties() {}

        static Actor provider(UUID id) {
            return new Actor("demo-provider", Viewers.PROVIDER, id);
        }

        static Actor enterprise(UUID id) {
            return new Actor("demo-enterprise", Viewers.ENTERPRISE, id);
        }

        static Actor expert(UUID id) {
            return new Actor("demo-expert", Experts.ROLE, id);
        }
    }
}
