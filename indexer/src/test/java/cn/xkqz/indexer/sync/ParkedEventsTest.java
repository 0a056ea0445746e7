package cn.xkqz.indexer.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.catalog.outbox.OutboxEvent;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Retrying parked events is one service call with its own transaction: the events go back in line and
 * the audit trail (which appends only inside a transaction) records it.
 */
@SpringBootTest
class ParkedEventsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    ParkedEvents parked;

    @Autowired
    DatabaseClient db;

    @Test
    void retryingPutsParkedEventsBackInLineAndAuditsIt() {
        long event = parkedEvent();
        assertThat(parked.list().map(OutboxEvent::id).collectList().block(TIMEOUT))
                .contains(event);
        long audited = unparkedEntries();

        Long retried = parked.retryAll().block(TIMEOUT);

        assertThat(retried).isPositive();
        assertThat(count("select count(*) as n from outbox_event where id = " + event + " and parked_at is not null"))
                .as("the event is no longer parked")
                .isZero();
        assertThat(parked.list().map(OutboxEvent::id).collectList().block(TIMEOUT))
                .doesNotContain(event);
        assertThat(unparkedEntries()).isEqualTo(audited + 1);
        assertThat(count("select count(*) as n from audit_entry where action = 'OUTBOX_UNPARKED'"
                        + " and after_summary like '%\"events\":" + retried + "%'"))
                .as("the audit entry says how many events went back")
                .isPositive();
    }

    /** Inserted already parked, so the running outbox worker never claims it first. */
    private long parkedEvent() {
        return db.sql("""
                        insert into outbox_event (aggregate_type, aggregate_id, parked_at, last_error)
                        values ('SOLUTION', :id, now(), 'mapper_parsing_exception: refused in a test')
                        returning id""")
                .bind("id", UUID.randomUUID())
                .map(row -> row.get("id", Long.class))
                .one()
                .block(TIMEOUT);
    }

    private long unparkedEntries() {
        return count("select count(*) as n from audit_entry where action = 'OUTBOX_UNPARKED'");
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get("n", Long.class)).one().block(TIMEOUT);
    }
}
