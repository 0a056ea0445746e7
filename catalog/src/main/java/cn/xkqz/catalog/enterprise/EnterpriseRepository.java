package cn.xkqz.catalog.enterprise;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;

interface EnterpriseRepository extends R2dbcRepository<Enterprise, UUID> {

    /** A page of the enterprises {@code providerId} is assigned to, newest first. */
    @Query("""
            select e.id, e.credit_code, e.name, e.industry, e.county, e.scale, e.specialization, e.batch,
                   e.contact_name, e.contact_phone, e.version, e.created_at, e.updated_at
            from enterprise e join diagnosis_assignment a on a.enterprise_id = e.id
            where a.provider_id = :providerId
            order by e.created_at desc, e.id
            limit :limit offset :offset""")
    Flux<Enterprise> findAssignedTo(UUID providerId, int limit, long offset);
}
