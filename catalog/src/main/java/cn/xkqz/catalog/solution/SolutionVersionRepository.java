package cn.xkqz.catalog.solution;

import java.util.UUID;
import org.springframework.data.repository.Repository;
import reactor.core.publisher.Flux;

/** Reads approved versions; they are written with the template (the row has no single id to save by). */
interface SolutionVersionRepository extends Repository<SolutionVersion, UUID> {

    Flux<SolutionVersion> findBySolutionIdOrderByVersionDesc(UUID solutionId);
}
