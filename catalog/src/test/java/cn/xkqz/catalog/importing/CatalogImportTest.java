package cn.xkqz.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xkqz.catalog.TestData;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.provider.ProviderStatus;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.catalog.solution.SolutionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

@SpringBootTest
class CatalogImportTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    CatalogImportService imports;

    @Autowired
    SolutionService solutions;

    @Autowired
    ProviderService providers;

    @Autowired
    DatabaseClient db;

    @Test
    void importsProvidersAsActiveAndSolutionsAsListed() {
        ImportResult result = imports.importCatalog(TestData.importFile("甲")).block(TIMEOUT);

        assertThat(result.providers()).containsOnlyKeys("P1", "P2");
        assertThat(result.solutions()).containsOnlyKeys("S1", "S2", "S3");
        Solution s3 = solutions.get(result.solutions().get("S3")).block(TIMEOUT);
        assertThat(s3.status()).isEqualTo(SolutionStatus.LISTED);
        assertThat(s3.providerId()).isEqualTo(result.providers().get("P2"));
        assertThat(s3.providerName()).isEqualTo("甲质量数智");
        assertThat(s3.cases()).hasSize(1);
        assertThat(providers.get(result.providers().get("P1")).block(TIMEOUT).status())
                .isEqualTo(ProviderStatus.ACTIVE);
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        CatalogImport file = TestData.importFile("乙");
        ImportResult first = imports.importCatalog(file).block(TIMEOUT);
        List<String> before = rowStamps(first);

        ImportResult second = imports.importCatalog(file).block(TIMEOUT);

        assertThat(second).isEqualTo(first);
        assertThat(rowStamps(second)).isEqualTo(before);
    }

    @Test
    void reimportUpdatesOnlyTheChangedSolution() {
        CatalogImport file = TestData.importFile("丙");
        ImportResult first = imports.importCatalog(file).block(TIMEOUT);
        long s1Version =
                solutions.get(first.solutions().get("S1")).block(TIMEOUT).version();
        long s2Version =
                solutions.get(first.solutions().get("S2")).block(TIMEOUT).version();
        TestData.SolutionBuilder changed = new TestData.SolutionBuilder("丙起重机远程运维");
        changed.deliveryDays = 45;
        List<ImportedSolution> edited = new ArrayList<>(file.solutions());
        edited.set(0, new ImportedSolution("S1", "P1", changed.build()));

        ImportResult second = imports.importCatalog(new CatalogImport(file.providers(), edited))
                .block(TIMEOUT);

        assertThat(second).isEqualTo(first);
        assertThat(solutions.get(first.solutions().get("S1")).block(TIMEOUT))
                .satisfies(s -> assertThat(s.version()).isEqualTo(s1Version + 1))
                .satisfies(s -> assertThat(s.deliveryDays()).isEqualTo(45));
        assertThat(solutions.get(first.solutions().get("S2")).block(TIMEOUT).version())
                .isEqualTo(s2Version);
    }

    @Test
    void oneBadRecordRejectsTheWholeFileNamingItsRef() {
        CatalogImport good = TestData.importFile("丁");
        TestData.SolutionBuilder bad = new TestData.SolutionBuilder("丁坏方案");
        bad.scenes = List.of("EQUIPMENT", "NO_SUCH_SCENE");
        List<ImportedSolution> withBad = new ArrayList<>(good.solutions());
        withBad.add(new ImportedSolution("S9", "P2", bad.build()));
        long providersBefore = count("provider");
        long solutionsBefore = count("solution");

        assertThatThrownBy(() -> imports.importCatalog(new CatalogImport(good.providers(), withBad))
                        .block(TIMEOUT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessage()).contains("S9");
                    assertThat(e.errors())
                            .containsExactly(new FieldError("solutions[S9].scenes[1]", "未知的场景代码“NO_SUCH_SCENE”"));
                });
        assertThat(count("provider")).isEqualTo(providersBefore);
        assertThat(count("solution")).isEqualTo(solutionsBefore);
    }

    @Test
    void aFailureWhileWritingRollsBackEverythingAlreadyWritten() {
        // A trigger makes the database refuse one solution after the providers and earlier solutions
        // of the same file were written: nothing of the file may remain.
        db.sql("""
                        create or replace function refuse_marked_solution() returns trigger as $$
                        begin
                          if new.name like '%拒收%' then raise exception 'refused by test trigger'; end if;
                          return new;
                        end $$ language plpgsql""")
                .then()
                .then(db.sql("create or replace trigger refuse_marked before insert on solution"
                                + " for each row execute function refuse_marked_solution()")
                        .then())
                .block(TIMEOUT);
        CatalogImport file = TestData.importFile("戊");
        List<ImportedSolution> solutionsWithRefused = new ArrayList<>(file.solutions());
        solutionsWithRefused.add(new ImportedSolution("S4", "P2", TestData.solution("戊拒收方案")));
        long providersBefore = count("provider");
        long solutionsBefore = count("solution");
        long outboxBefore = count("outbox_event");
        try {
            assertThatThrownBy(() -> imports.importCatalog(new CatalogImport(file.providers(), solutionsWithRefused))
                            .block(TIMEOUT))
                    .hasMessageContaining("refused by test trigger");
        } finally {
            db.sql("drop trigger refuse_marked on solution").then().block(TIMEOUT);
        }

        assertThat(count("provider")).isEqualTo(providersBefore);
        assertThat(count("solution")).isEqualTo(solutionsBefore);
        assertThat(count("outbox_event"))
                .as("outbox events roll back with their rows")
                .isEqualTo(outboxBefore);
    }

    @Test
    void reportsRecordsThatContradictEachOther() {
        CatalogImport file = TestData.importFile("己");
        TestData.ProviderBuilder twin = new TestData.ProviderBuilder("己孪生");
        twin.creditCode = file.providers().get(0).provider().creditCode();
        List<ImportedProvider> providersWithTwin = new ArrayList<>(file.providers());
        providersWithTwin.add(new ImportedProvider("P1", twin.build()));
        List<ImportedSolution> solutionsWithOrphan = new ArrayList<>(file.solutions());
        solutionsWithOrphan.add(new ImportedSolution("S7", "P404", TestData.solution("己孤儿方案")));
        solutionsWithOrphan.add(new ImportedSolution("S8", "P1", TestData.solution("己起重机远程运维")));

        assertThatThrownBy(() -> imports.importCatalog(new CatalogImport(providersWithTwin, solutionsWithOrphan))
                        .block(TIMEOUT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly(
                                        "providers[P1].ref",
                                        "providers[P1].creditCode",
                                        "solutions[S7].providerRef",
                                        "solutions[S8].name"));
    }

    private List<String> rowStamps(ImportResult result) {
        List<UUID> ids = new ArrayList<>(result.providers().values());
        ids.addAll(result.solutions().values());
        return db.sql("""
                        select id::text || ':' || version || ':' || updated_at from provider where id = any(:ids)
                        union all
                        select id::text || ':' || version || ':' || updated_at from solution where id = any(:ids)
                        order by 1""")
                .bind("ids", ids.toArray(UUID[]::new))
                .map(row -> row.get(0, String.class))
                .all()
                .collectList()
                .block(TIMEOUT);
    }

    private long count(String table) {
        return db.sql("select count(*) from " + table)
                .map(row -> row.get(0, Long.class))
                .one()
                .block(TIMEOUT);
    }
}
