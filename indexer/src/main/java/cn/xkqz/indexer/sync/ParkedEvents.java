package cn.xkqz.indexer.sync;

import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.outbox.Outbox;
import cn.xkqz.catalog.outbox.OutboxEvent;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Events parked after Elasticsearch refused them too often: what bureau staff see and put back in line. */
@Service
public class ParkedEvents {

    /** How many parked events an admin sees at once. */
    static final int SHOWN = 500;

    private final Outbox outbox;
    private final AuditTrail audit;

    ParkedEvents(Outbox outbox, AuditTrail audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    /** The parked events, oldest first, each with its last refusal. */
    public Flux<OutboxEvent> list() {
        return outbox.parked(SHOWN);
    }

    /**
     * Puts every parked event back in line (after fixing what made Elasticsearch refuse them), and
     * audits it in the same transaction: no unparking that the trail does not show.
     *
     * @return how many events went back in line
     */
    @Transactional
    public Mono<Long> retryAll() {
        return outbox.unpark()
                .flatMap(events -> audit.append(
                                "OUTBOX_UNPARKED", "SEARCH_INDEX", "outbox", null, Map.of("events", events))
                        .thenReturn(events));
    }
}
