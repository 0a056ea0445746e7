package cn.xkqz.catalog.enterprise;

import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.validation.CatalogValidator;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Enterprises of the pilot: registered once (keyed by credit code) and read. */
@Service
public class EnterpriseService {

    private final EnterpriseRepository enterprises;
    private final RecordWriter writer;
    private final CatalogValidator validator;
    private final EnterpriseMapper mapper;
    private final Clock clock;

    EnterpriseService(
            EnterpriseRepository enterprises,
            RecordWriter writer,
            CatalogValidator validator,
            EnterpriseMapper mapper,
            Clock clock) {
        this.enterprises = enterprises;
        this.writer = writer;
        this.validator = validator;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public Mono<Enterprise> create(EnterpriseDraft draft) {
        Instant now = clock.instant();
        return validator
                .validate(draft)
                .then(Mono.defer(() -> writer.insert(
                        mapper.toEnterprise(draft, UUID.randomUUID(), 0, now, now),
                        null,
                        () -> new ConflictException("统一社会信用代码 " + draft.creditCode() + " 的企业已登记"))));
    }

    public Mono<Enterprise> get(UUID id) {
        return enterprises.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException("企业", id)));
    }
}
