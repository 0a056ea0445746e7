package cn.xkqz.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xkqz.catalog.diagnosis.DiagnosisDraft;
import cn.xkqz.catalog.diagnosis.DiagnosisService;
import cn.xkqz.catalog.diagnosis.PainPoint;
import cn.xkqz.catalog.enterprise.EnterpriseDraft;
import cn.xkqz.catalog.enterprise.EnterpriseScale;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.enterprise.Specialization;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.importing.CatalogImport;
import cn.xkqz.catalog.importing.CatalogImportService;
import cn.xkqz.catalog.importing.ImportResult;
import cn.xkqz.catalog.importing.ImportedProvider;
import cn.xkqz.catalog.importing.ImportedSolution;
import cn.xkqz.catalog.outbox.ChangedRecord;
import cn.xkqz.catalog.outbox.Outbox;
import cn.xkqz.catalog.provider.ProviderDraft;
import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.PriceRange;
import cn.xkqz.catalog.solution.SolutionDraft;
import cn.xkqz.catalog.validation.CreditCodes;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.test.StepVerifier;

/** Matching on real PostgreSQL and Elasticsearch: what is found, in which order, and why. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String PAIN = "冲床和注塑机经常突然停机，停机前没有任何预警，全靠老师傅听声音判断";

    @Autowired
    MatchService matches;

    @Autowired
    CatalogImportService imports;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    DiagnosisService diagnoses;

    @Autowired
    Outbox outbox;

    @Autowired
    DatabaseClient db;

    @Autowired
    TransactionalOperator transactions;

    Map<String, UUID> ids;

    @BeforeAll
    void importPool() {
        ImportResult active = imports.importCatalog(new CatalogImport(
                        List.of(new ImportedProvider("P1", provider("匹配测试甲服务商"))),
                        List.of(
                                new ImportedSolution("AUTO", "P1", solution("停机预警盒子（汽配版）", "AUTO_PARTS", "EQUIPMENT")),
                                new ImportedSolution(
                                        "MED", "P1", solution("停机预警盒子（卫材版）", "MEDICAL_DEVICES", "QUALITY")),
                                new ImportedSolution(
                                        "GONE", "P1", solution("停机预警盒子（已下架）", "AUTO_PARTS", "EQUIPMENT")))))
                .block(TIMEOUT);
        ImportResult suspended = imports.importCatalog(new CatalogImport(
                        List.of(new ImportedProvider("P2", provider("匹配测试乙服务商"))),
                        List.of(new ImportedSolution(
                                "SUSP", "P2", solution("停机预警盒子（暂停服务商）", "AUTO_PARTS", "EQUIPMENT")))))
                .block(TIMEOUT);
        ids = Map.of(
                "AUTO", active.solutions().get("AUTO"),
                "MED", active.solutions().get("MED"),
                "GONE", active.solutions().get("GONE"),
                "SUSP", suspended.solutions().get("SUSP"));
        // What the marketplace workflows will do: delist one solution, suspend the other provider.
        setStatus("solution", ids.get("GONE"), "DELISTED", ChangedRecord.solution(ids.get("GONE")));
        UUID provider = suspended.providers().get("P2");
        setStatus("provider", provider, "SUSPENDED", ChangedRecord.provider(provider));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> outbox.stats().block(TIMEOUT).pending() == 0);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> names("AUTO_PARTS", List.of("EQUIPMENT")).size() >= 2);
    }

    @Test
    void delistedSolutionsAndSuspendedProvidersSolutionsNeverAppear() {
        List<String> found = ids("AUTO_PARTS", List.of("EQUIPMENT"), 100);

        assertThat(found).contains(ids.get("AUTO").toString(), ids.get("MED").toString());
        assertThat(found)
                .doesNotContain(ids.get("GONE").toString(), ids.get("SUSP").toString());
    }

    @Test
    void theEnterprisesIndustryAndScenesMoveTheRightSolutionUp() {
        List<String> autoParts = ids("AUTO_PARTS", List.of("EQUIPMENT"), 100);
        List<String> medical = ids("MEDICAL_DEVICES", List.of("QUALITY"), 100);

        assertThat(autoParts.indexOf(ids.get("AUTO").toString()))
                .isLessThan(autoParts.indexOf(ids.get("MED").toString()));
        assertThat(medical.indexOf(ids.get("MED").toString()))
                .isLessThan(medical.indexOf(ids.get("AUTO").toString()));
    }

    @Test
    void explanationsUseWordsOfThePainPointAndSayWhy() {
        MatchResult result =
                matches.match(request("AUTO_PARTS", List.of("EQUIPMENT"), 10)).block(TIMEOUT);
        MatchResult.Item top = result.items().stream()
                .filter(i -> i.solutionId().equals(ids.get("AUTO").toString()))
                .findFirst()
                .orElseThrow();

        assertThat(top.explanation().painPoints()).singleElement().satisfies(p -> {
            assertThat(p.index()).isZero();
            assertThat(p.terms())
                    .isNotEmpty()
                    .allSatisfy(term -> assertThat(PAIN).contains(term));
            assertThat(p.terms()).contains("停机");
        });
        assertThat(top.explanation().industryFit()).isEqualTo(MatchResult.IndustryFit.EXACT);
        assertThat(top.explanation().scenes()).containsExactly("EQUIPMENT");
        assertThat(top.explanation().withinBudget()).isTrue();
        assertThat(top.reason()).startsWith("覆盖1个痛点：").contains("场景：设备管理", "适用汽车零部件", "在预算内");
        result.items()
                .forEach(item -> item.explanation()
                        .painPoints()
                        .forEach(p -> assertThat(p.terms())
                                .allSatisfy(term -> assertThat(PAIN).contains(term))));
        assertThat(result.items()).extracting(MatchResult.Item::rank).startsWith(1, 2);
    }

    @Test
    void anEnterpriseIsMatchedOnItsLatestDiagnosis() {
        UUID enterprise = enterprises
                .create(new EnterpriseDraft(
                        "新乡某卫材企业",
                        creditCode(),
                        "MEDICAL_DEVICES",
                        "长垣市",
                        EnterpriseScale.BELOW,
                        Specialization.NONE,
                        1,
                        null,
                        null))
                .block(TIMEOUT)
                .id();
        diagnoses
                .submit(
                        enterprise,
                        new DiagnosisDraft(2, 50_000L, List.of(new PainPoint(PAIN, null, 3)), List.of("EQUIPMENT")))
                .block(TIMEOUT);
        diagnoses
                .submit(
                        enterprise,
                        new DiagnosisDraft(2, 50_000L, List.of(new PainPoint(PAIN, "QUALITY", 3)), List.of("QUALITY")))
                .block(TIMEOUT);

        List<String> found = matches.matchEnterprise(enterprise, 50).block(TIMEOUT).items().stream()
                .map(MatchResult.Item::solutionId)
                .toList();

        assertThat(found.indexOf(ids.get("MED").toString()))
                .isLessThan(found.indexOf(ids.get("AUTO").toString()));
    }

    /**
     * Written in traditional characters, the pain point shares no word with the simplified listing (the
     * Chinese analyzer sees other tokens), while the model reads the same meaning: the listing is found
     * through meaning alone, and its explanation quotes the pain point instead of citing words.
     */
    @Test
    void aPainPointAnsweredOnlyThroughMeaningIsQuotedNotCited() {
        String pain = "電費越來越貴，廠裡機器誰最費電說不清";
        SolutionDraft energy = new SolutionDraft(
                "用能监测平台",
                "电费越来越贵，厂里机器谁最费电，一目了然。",
                "给每台设备装上电表，按天统计用电，找出浪费能源的设备。",
                List.of("GENERAL"),
                List.of("ENERGY"),
                List.of("能耗计量", "节能降耗"),
                DeliveryMode.SAAS,
                new PriceRange(20_000L, 50_000L),
                15,
                true,
                List.of());
        String id = imports.importCatalog(new CatalogImport(
                        List.of(new ImportedProvider("P3", provider("匹配测试丙服务商"))),
                        List.of(new ImportedSolution("ENERGY", "P3", energy))))
                .block(TIMEOUT)
                .solutions()
                .get("ENERGY")
                .toString();
        MatchRequest request =
                new MatchRequest("AUTO_PARTS", List.of(new PainPoint(pain, null, 3)), List.of(), null, 10);

        MatchResult.Item item = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> matches.match(request).block(TIMEOUT).items().stream()
                                .filter(i -> i.solutionId().equals(id))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();

        assertThat(item.explanation().painPoints()).singleElement().satisfies(p -> {
            assertThat(p.terms()).isEmpty();
            assertThat(p.meaning()).isNotNull().isGreaterThanOrEqualTo(0.5);
        });
        assertThat(item.reason()).isEqualTo("语义相近：電費越來越貴；跨行业通用方案");
    }

    @Test
    void badRequestsAreRefusedNamingEachField() {
        MatchRequest bad = new MatchRequest(
                "SHIPBUILDING", List.of(new PainPoint("", "NOPE", 0)), List.of("EQUIPMENT", "MOON"), -5L, 101);

        StepVerifier.create(matches.match(bad))
                .expectErrorSatisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder(
                                "industry",
                                "painPoints[0].text",
                                "painPoints[0].severity",
                                "painPoints[0].scene",
                                "demandScenes[1]",
                                "budgetYuan",
                                "size"))
                .verify(TIMEOUT);
        MatchRequest tooMany = new MatchRequest(
                "AUTO_PARTS", Collections.nCopies(101, new PainPoint(PAIN, null, 2)), List.of(), null, 10);
        StepVerifier.create(matches.match(tooMany))
                .expectErrorSatisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("painPoints"))
                .verify(TIMEOUT);
    }

    private List<String> ids(String industry, List<String> scenes, int size) {
        return matches.match(request(industry, scenes, size)).block(TIMEOUT).items().stream()
                .map(MatchResult.Item::solutionId)
                .toList();
    }

    private List<String> names(String industry, List<String> scenes) {
        return matches.match(request(industry, scenes, 100)).block(TIMEOUT).items().stream()
                .map(MatchResult.Item::name)
                .filter(name -> name.startsWith("停机预警盒子"))
                .toList();
    }

    private static MatchRequest request(String industry, List<String> scenes, int size) {
        return new MatchRequest(industry, List.of(new PainPoint(PAIN, null, 3)), scenes, 200_000L, size);
    }

    private void setStatus(String table, UUID id, String status, ChangedRecord change) {
        db.sql("update " + table + " set status = :status, version = version + 1 where id = :id")
                .bind("status", status)
                .bind("id", id)
                .then()
                .then(outbox.record(change))
                .as(transactions::transactional)
                .block(TIMEOUT);
    }

    private static ProviderDraft provider(String name) {
        return new ProviderDraft(name, creditCode(), "红旗区", "", List.of("GENERAL"), null, null);
    }

    private static SolutionDraft solution(String name, String industry, String scene) {
        return new SolutionDraft(
                name,
                "振动和电流传感器监测冲床、注塑机等设备，停机前预警。",
                "在关键设备上加装振动、温度和电流传感器，建立设备健康模型，异常时提前预警，减少突然停机，维修不再只靠经验。",
                List.of(industry),
                List.of(scene),
                List.of("停机预警", "预测性维护"),
                DeliveryMode.SAAS,
                new PriceRange(30_000L, 80_000L),
                20,
                true,
                List.of());
    }

    private static String creditCode() {
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("91410700MA");
        for (int i = 0; i < 7; i++) {
            code.append(charset.charAt(ThreadLocalRandom.current().nextInt(charset.length())));
        }
        return code.append(CreditCodes.checkCharacter(code.toString())).toString();
    }
}
