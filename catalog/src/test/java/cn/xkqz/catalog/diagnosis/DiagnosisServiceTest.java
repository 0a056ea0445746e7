package cn.xkqz.catalog.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.catalog.TestData;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.test.StepVerifier;

@SpringBootTest
class DiagnosisServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    DiagnosisService diagnoses;

    @Autowired
    EnterpriseService enterprises;

    @Test
    void everySubmissionIsANewVersionAndTheLatestCounts() {
        UUID enterprise =
                enterprises.create(TestData.enterprise("诊断企业甲")).block(TIMEOUT).id();
        DiagnosisDraft first = draft(List.of(new PainPoint("设备经常突然停机", "EQUIPMENT", 3)), 100_000L);
        DiagnosisDraft second = draft(List.of(new PainPoint("能耗偏高，电费压不下来", null, null)), null);

        Diagnosis v1 = diagnoses.submit(enterprise, first).block(TIMEOUT);
        Diagnosis v2 = diagnoses.submit(enterprise, second).block(TIMEOUT);

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.painPoints().getFirst().severity()).as("default severity").isEqualTo(2);
        assertThat(v2.budgetYuan()).isNull();
        assertThat(diagnoses.latest(enterprise).block(TIMEOUT)).isEqualTo(v2);
        assertThat(diagnoses.history(enterprise).collectList().block(TIMEOUT)).containsExactly(v2, v1);
    }

    @Test
    void badDiagnosesAreRefusedWithEveryProblemNamed() {
        UUID enterprise =
                enterprises.create(TestData.enterprise("诊断企业乙")).block(TIMEOUT).id();
        List<PainPoint> tooMany = Collections.nCopies(101, new PainPoint("库存对不上", null, 2));
        DiagnosisDraft bad = new DiagnosisDraft(
                5,
                -1L,
                List.of(new PainPoint(" ", "NOPE", 0), new PainPoint("x".repeat(501), null, 4)),
                List.of("EQUIPMENT", "MOON"));

        StepVerifier.create(diagnoses.submit(enterprise, bad))
                .expectErrorSatisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder(
                                "level",
                                "budgetYuan",
                                "painPoints[0].text",
                                "painPoints[0].severity",
                                "painPoints[0].scene",
                                "painPoints[1].text",
                                "painPoints[1].severity",
                                "demandScenes[1]"))
                .verify(TIMEOUT);
        StepVerifier.create(diagnoses.submit(enterprise, draft(tooMany, null)))
                .expectErrorSatisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("painPoints"))
                .verify(TIMEOUT);
        StepVerifier.create(diagnoses.latest(enterprise))
                .expectError(NotFoundException.class)
                .verify(TIMEOUT);
    }

    @Test
    void concurrentSubmissionsGetDistinctVersions() {
        UUID enterprise =
                enterprises.create(TestData.enterprise("诊断企业丙")).block(TIMEOUT).id();

        List<Integer> versions = reactor.core.publisher.Flux.fromStream(
                        IntStream.range(0, 5).boxed())
                .flatMap(i ->
                        diagnoses.submit(enterprise, draft(List.of(new PainPoint("第" + i + "次诊断", null, 2)), null)))
                .map(Diagnosis::version)
                .collectList()
                .block(TIMEOUT);

        assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void anUnknownEnterpriseIsNotFound() {
        StepVerifier.create(diagnoses.submit(UUID.randomUUID(), draft(List.of(new PainPoint("停机", null, 2)), null)))
                .expectError(NotFoundException.class)
                .verify(TIMEOUT);
    }

    private static DiagnosisDraft draft(List<PainPoint> painPoints, Long budget) {
        return new DiagnosisDraft(2, budget, painPoints, List.of("EQUIPMENT"));
    }
}
