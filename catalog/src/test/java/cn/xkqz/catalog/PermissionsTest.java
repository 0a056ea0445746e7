package cn.xkqz.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.comparison.SolutionComparison;
import cn.xkqz.catalog.diagnosis.DiagnosisService;
import cn.xkqz.catalog.enterprise.Enterprise;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.error.ForbiddenException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.lifecycle.TransitionRequest;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderLifecycle;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.solution.NewSolution;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionEdit;
import cn.xkqz.catalog.solution.SolutionLifecycle;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.catalog.solution.SolutionStatus;
import cn.xkqz.catalog.solution.SolutionUpdate;
import cn.xkqz.catalog.solution.SolutionViews;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The services themselves enforce who may act on a record, with the actor of the Reactor context (the
 * web layer only puts it there): another provider's solution or profile, a bureau-only step, another
 * enterprise's data are refused with {@link ForbiddenException} and nothing is written.
 */
@SpringBootTest
class PermissionsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    SolutionService solutions;

    @Autowired
    SolutionLifecycle solutionLifecycle;

    @Autowired
    ProviderService providers;

    @Autowired
    ProviderLifecycle providerLifecycle;

    @Autowired
    SolutionViews views;

    @Autowired
    SolutionComparison comparison;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    DiagnosisService diagnoses;

    Provider owner;
    Solution draft;

    @BeforeEach
    void createSolution() {
        owner = providers.create(TestData.provider("权限服务商" + UUID.randomUUID())).block(TIMEOUT);
        draft = solutions
                .create(new NewSolution(owner.id(), TestData.solution("权限方案")))
                .block(TIMEOUT);
    }

    @Test
    void onlyItsProviderOrTheBureauEditsASolution() {
        SolutionUpdate update = new SolutionUpdate(draft.version(), TestData.solution("越权改名"));

        StepVerifier.create(as(provider(UUID.randomUUID()), solutions.edit(draft.id(), update)))
                .expectErrorSatisfies(e ->
                        assertThat(e).isInstanceOf(ForbiddenException.class).hasMessage("只能操作本服务商的资料和方案"))
                .verify(TIMEOUT);
        assertThat(solutions.get(draft.id()).block(TIMEOUT).name()).isEqualTo("权限方案");

        SolutionEdit own =
                as(provider(owner.id()), solutions.edit(draft.id(), update)).block(TIMEOUT);
        assertThat(own.applied().name()).isEqualTo("越权改名");
        assertThat(own.pending()).isNull();
    }

    @Test
    void anotherProviderCannotCreateOrReadTheRevisionOrHistoryOfItsSolutions() {
        Actor other = provider(UUID.randomUUID());

        expectForbidden(as(other, solutions.create(new NewSolution(owner.id(), TestData.solution("冒名方案")))));
        expectForbidden(as(other, solutions.pendingRevision(draft.id())));
        expectForbidden(as(other, solutionLifecycle.view(draft.id())));
        expectForbidden(as(other, providers.pendingRevision(owner.id())));
        expectForbidden(as(other, providerLifecycle.view(owner.id())));
    }

    @Test
    void aProviderTakesItsOwnStepsButNotTheBureaus() {
        expectForbidden(as(
                provider(UUID.randomUUID()),
                solutionLifecycle.transition(draft.id(), new TransitionRequest("SUBMIT", null, null))));
        Solution submitted = as(
                        provider(owner.id()),
                        solutionLifecycle.transition(draft.id(), new TransitionRequest("SUBMIT", null, null)))
                .block(TIMEOUT);
        assertThat(submitted.status()).isEqualTo(SolutionStatus.SUBMITTED);

        StepVerifier.create(as(
                        provider(owner.id()),
                        solutionLifecycle.transition(draft.id(), new TransitionRequest("APPROVE", "自批", null))))
                .expectErrorSatisfies(e ->
                        assertThat(e).isInstanceOf(ForbiddenException.class).hasMessage("只有主管部门工作人员可以执行 APPROVE"))
                .verify(TIMEOUT);
        assertThat(solutions.get(draft.id()).block(TIMEOUT).status()).isEqualTo(SolutionStatus.SUBMITTED);
    }

    @Test
    void aMissingSolutionIsNotFoundBeforeAnyoneIsAskedWhoOwnsIt() {
        StepVerifier.create(as(provider(UUID.randomUUID()), solutions.pendingRevision(UUID.randomUUID())))
                .expectError(NotFoundException.class)
                .verify(TIMEOUT);
    }

    @Test
    void whatTheReaderMayNotSeeIsNotFoundInVersionsAndComparisonsToo() {
        Solution other = solutions
                .create(new NewSolution(owner.id(), TestData.solution("权限方案乙")))
                .block(TIMEOUT);
        Actor anonymous = Actor.ANONYMOUS;

        StepVerifier.create(as(anonymous, views.versions(draft.id()).collectList()))
                .expectError(NotFoundException.class)
                .verify(TIMEOUT);
        StepVerifier.create(as(anonymous, comparison.compare(draft.id() + "," + other.id(), 2)))
                .expectError(NotFoundException.class)
                .verify(TIMEOUT);

        assertThat(as(provider(owner.id()), views.versions(draft.id()).collectList())
                        .block(TIMEOUT))
                .isEmpty();
        assertThat(as(provider(owner.id()), comparison.compare(draft.id() + "," + other.id(), 2))
                        .block(TIMEOUT)
                        .items())
                .hasSize(2);
    }

    @Test
    void enterprisesSeeOnlyTheirOwnDataAndUnassignedProvidersNothing() {
        Enterprise enterprise = enterprises
                .create(TestData.enterprise("权限企业" + UUID.randomUUID()))
                .block(TIMEOUT);
        Actor otherEnterprise = new Actor("e2", Viewers.ENTERPRISE, UUID.randomUUID());

        expectForbidden(as(otherEnterprise, enterprises.read(enterprise.id())));
        expectForbidden(as(otherEnterprise, diagnoses.history(enterprise.id()).collectList()));
        expectForbidden(as(provider(owner.id()), diagnoses.latest(enterprise.id())));
        expectForbidden(as(provider(owner.id()), enterprises.read(enterprise.id())));
    }

    private static Actor provider(UUID providerId) {
        return new Actor("p-" + providerId, Viewers.PROVIDER, providerId);
    }

    private static <T> Mono<T> as(Actor actor, Mono<T> call) {
        return call.contextWrite(ctx -> ctx.put(Actor.class, actor));
    }

    private static void expectForbidden(Mono<?> call) {
        StepVerifier.create(call).expectError(ForbiddenException.class).verify(TIMEOUT);
    }
}
