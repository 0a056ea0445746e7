package cn.xkqz.catalog.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.TestData;
import cn.xkqz.catalog.TestData.SolutionBuilder;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderService;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.test.StepVerifier;

@SpringBootTest
class SolutionServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    SolutionService solutions;

    @Autowired
    ProviderService providers;

    Provider provider;

    @BeforeEach
    void createProvider() {
        provider = providers
                .create(TestData.provider("方案测试服务商" + UUID.randomUUID()))
                .block(TIMEOUT);
    }

    @Test
    void aNewSolutionIsADraftOfItsProvider() {
        Solution created = solutions
                .create(new NewSolution(provider.id(), TestData.solution("新方案")))
                .block(TIMEOUT);

        assertThat(created.status()).isEqualTo(SolutionStatus.DRAFT);
        assertThat(created.providerName()).isEqualTo(provider.name());
        assertThat(solutions.get(created.id()).block(TIMEOUT)).isEqualTo(created);
    }

    @Test
    void updatingWithTheCurrentVersionSucceedsAndBumpsIt() {
        Solution created = solutions
                .create(new NewSolution(provider.id(), TestData.solution("可改方案")))
                .block(TIMEOUT);
        SolutionBuilder edit = new SolutionBuilder("可改方案");
        edit.deliveryDays = 60;

        Solution updated = solutions
                .update(created.id(), new SolutionUpdate(created.version(), edit.build()))
                .block(TIMEOUT);

        assertThat(updated.version()).isEqualTo(created.version() + 1);
        assertThat(updated.deliveryDays()).isEqualTo(60);
        assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Solution created = solutions
                .create(new NewSolution(provider.id(), TestData.solution("并发方案")))
                .block(TIMEOUT);
        solutions
                .update(created.id(), new SolutionUpdate(created.version(), TestData.solution("并发方案甲")))
                .block(TIMEOUT);

        StepVerifier.create(solutions.update(
                        created.id(), new SolutionUpdate(created.version(), TestData.solution("并发方案乙"))))
                .expectError(ConflictException.class)
                .verify(TIMEOUT);
        assertThat(solutions.get(created.id()).block(TIMEOUT).name()).isEqualTo("并发方案甲");
    }

    @Test
    void aMissingVersionOrProviderIsReportedAsAField() {
        assertThatThrownBy(() -> solutions
                        .update(UUID.randomUUID(), new SolutionUpdate(null, TestData.solution("x")))
                        .block(TIMEOUT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("version"));
        assertThatThrownBy(() -> solutions
                        .create(new NewSolution(UUID.randomUUID(), TestData.solution("无主方案")))
                        .block(TIMEOUT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("providerId"));
    }

    @Test
    void aSecondSolutionWithTheSameNameAtOneProviderIsAConflict() {
        solutions
                .create(new NewSolution(provider.id(), TestData.solution("重名方案")))
                .block(TIMEOUT);

        StepVerifier.create(solutions.create(new NewSolution(provider.id(), TestData.solution("重名方案"))))
                .expectError(ConflictException.class)
                .verify(TIMEOUT);
    }

    @Test
    void listsAProvidersSolutionsNewestFirstInPages() {
        for (int i = 0; i < 3; i++) {
            solutions
                    .create(new NewSolution(provider.id(), TestData.solution("分页方案" + i)))
                    .block(TIMEOUT);
        }

        var page = solutions
                .list(new PageQuery(0, 2), provider.id(), SolutionStatus.DRAFT)
                .block(TIMEOUT);
        var rest = solutions.list(new PageQuery(1, 2), provider.id(), null).block(TIMEOUT);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(Solution::name).containsExactly("分页方案2", "分页方案1");
        assertThat(rest.items()).extracting(Solution::name).containsExactly("分页方案0");
    }

    @Test
    void anUnknownIdIsNotFound() {
        StepVerifier.create(solutions.get(UUID.randomUUID()))
                .expectError(NotFoundException.class)
                .verify(TIMEOUT);
    }
}
