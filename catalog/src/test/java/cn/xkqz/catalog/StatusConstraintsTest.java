package cn.xkqz.catalog;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xkqz.catalog.curation.RecommendedList;
import cn.xkqz.catalog.enterprise.EnterpriseScale;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.enterprise.RosterStatus;
import cn.xkqz.catalog.enterprise.Specialization;
import cn.xkqz.catalog.outbox.ChangedRecord;
import cn.xkqz.catalog.provider.ProviderAction;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.provider.ProviderStatus;
import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.NewSolution;
import cn.xkqz.catalog.solution.SolutionAction;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.catalog.solution.SolutionStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * V11's (and later migrations') CHECK constraints on real PostgreSQL: every value of each Java enum is accepted (so the lists
 * stay in step with the code) and a value the code does not know is refused. Each write is rolled back.
 */
@SpringBootTest
class StatusConstraintsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    // Short enough for every column (enterprise.scale is varchar(10)), so only the CHECK can refuse it.
    private static final String UNKNOWN = "UNKNOWN";

    @Autowired
    DatabaseClient db;

    @Autowired
    TransactionalOperator transactions;

    @Autowired
    ProviderService providers;

    @Autowired
    SolutionService solutions;

    @Autowired
    EnterpriseService enterprises;

    @Test
    void providerStatus() {
        UUID provider =
                providers.create(TestData.provider("约束服务商")).block(TIMEOUT).id();
        onlyKnown(
                "update provider set status = :value where id = :id",
                Map.of("id", provider),
                names(ProviderStatus.class),
                "provider_status_known");
    }

    @Test
    void solutionStatusAndDeliveryMode() {
        UUID provider =
                providers.create(TestData.provider("约束方案服务商")).block(TIMEOUT).id();
        UUID solution = solutions
                .create(new NewSolution(provider, TestData.solution("约束方案")))
                .block(TIMEOUT)
                .id();
        Map<String, Object> row = Map.of("id", solution);
        onlyKnown(
                "update solution set status = :value where id = :id",
                row,
                names(SolutionStatus.class),
                "solution_status_known");
        onlyKnown(
                "update solution set delivery_mode = :value where id = :id",
                row,
                names(DeliveryMode.class),
                "solution_delivery_mode_known");
    }

    @Test
    void enterpriseScaleSpecializationAndRosterStatus() {
        UUID enterprise =
                enterprises.create(TestData.enterprise("约束企业")).block(TIMEOUT).id();
        Map<String, Object> row = Map.of("id", enterprise);
        onlyKnown(
                "update enterprise set scale = :value where id = :id",
                row,
                names(EnterpriseScale.class),
                "enterprise_scale_known");
        onlyKnown(
                "update enterprise set specialization = :value where id = :id",
                row,
                names(Specialization.class),
                "enterprise_specialization_known");
        onlyKnown(
                "update enterprise set status = :value where id = :id",
                row,
                names(RosterStatus.class),
                "enterprise_status_known");
    }

    @Test
    void outboxAggregateType() {
        onlyKnown(
                "insert into outbox_event (aggregate_type, aggregate_id) values (:value, gen_random_uuid())",
                Map.of(),
                names(ChangedRecord.Type.class),
                "outbox_event_aggregate_type_known");
    }

    @Test
    void rebuildJobStatus() {
        // RebuildJob.Status lives in indexer, which catalog cannot see; indexer's own tests write each.
        onlyKnown(
                "insert into search_rebuild (id, target_index, status, started_at, heartbeat_at)"
                        + " values (gen_random_uuid(), 'constraint-test', :value, now(), now())",
                Map.of(),
                List.of("RUNNING", "SUCCEEDED", "FAILED"),
                "search_rebuild_status_known");
    }

    @Test
    void recommendedListStatus() {
        onlyKnown("""
                insert into recommended_list (id, title, period, status, snapshot, published_at, created_at)
                values (gen_random_uuid(), '约束清单', '2026', :value,
                        case when :value = 'PUBLISHED' then '[]'::jsonb end,
                        case when :value = 'PUBLISHED' then now() end, now())""", Map.of(), names(RecommendedList.Status.class), "recommended_list_status_known");
    }

    @Test
    void lifecycleStepsUseTheirEntitysActionsAndStatuses() {
        String insert = """
                insert into lifecycle_transition
                    (entity_type, entity_id, action, from_status, to_status, comment, actor, actor_role, at)
                values (:type, gen_random_uuid(), :action, :from, :to, '', 'test', 'BUREAU', now())""";
        String constraint = "lifecycle_transition_known";
        Map<String, Object> provider = Map.of("type", "PROVIDER", "from", "APPLIED", "to", "REJECTED");
        onlyKnown(insert.replace(":action", ":value"), provider, names(ProviderAction.class), constraint);
        onlyKnown(
                insert.replace(":from", ":value"),
                Map.of("type", "PROVIDER", "action", "REJECT", "to", "REJECTED"),
                names(ProviderStatus.class),
                constraint);
        onlyKnown(
                insert.replace(":to", ":value"),
                Map.of("type", "PROVIDER", "action", "REJECT", "from", "APPLIED"),
                names(ProviderStatus.class),
                constraint);
        Map<String, Object> solution = Map.of("type", "SOLUTION", "from", "SUBMITTED", "to", "LISTED");
        onlyKnown(insert.replace(":action", ":value"), solution, names(SolutionAction.class), constraint);
        onlyKnown(
                insert.replace(":from", ":value"),
                Map.of("type", "SOLUTION", "action", "APPROVE", "to", "LISTED"),
                names(SolutionStatus.class),
                constraint);
        refused(
                insert,
                Map.of("type", "SOLUTION", "action", "PASS_EXPERT", "from", "SUBMITTED", "to", "LISTED"),
                constraint);
        refused(
                insert,
                Map.of("type", "ENTERPRISE", "action", "REJECT", "from", "APPLIED", "to", "REJECTED"),
                constraint);
    }

    /** {@code sql} (writing {@code :value}) succeeds for each known value and is refused for another. */
    private void onlyKnown(String sql, Map<String, Object> binds, List<String> known, String constraint) {
        for (String value : known) {
            assertThatCode(() -> rolledBack(sql, with(binds, value)).block(TIMEOUT))
                    .as("%s accepts %s", constraint, value)
                    .doesNotThrowAnyException();
        }
        refused(sql, with(binds, UNKNOWN), constraint);
    }

    private void refused(String sql, Map<String, Object> binds, String constraint) {
        assertThatThrownBy(() -> rolledBack(sql, binds).block(TIMEOUT))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(constraint);
    }

    private Mono<Void> rolledBack(String sql, Map<String, Object> binds) {
        return transactions
                .execute(tx -> {
                    tx.setRollbackOnly();
                    return db.sql(sql).bindValues(binds).then();
                })
                .then();
    }

    private static Map<String, Object> with(Map<String, Object> binds, String value) {
        var all = new java.util.HashMap<>(binds);
        all.put("value", value);
        return all;
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
