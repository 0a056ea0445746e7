package cn.xkqz.pilot.acceptance;

import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.ForbiddenException;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.pilot.project.Project;
import cn.xkqz.pilot.project.ProjectLifecycle;
import cn.xkqz.pilot.project.Projects;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** The enterprise's one rating (满意度评价) of its project once acceptance decided it. */
@Service
public class Ratings {

    private final Projects projects;
    private final CatalogValidator validator;
    private final RecordWriter writer;
    private final AuditTrail audit;
    private final Clock clock;

    Ratings(Projects projects, CatalogValidator validator, RecordWriter writer, AuditTrail audit, Clock clock) {
        this.projects = projects;
        this.validator = validator;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Mono<Rating> rate(UUID projectId, RatingDraft draft) {
        return projects.get(projectId)
                .flatMap(this::requireEnterprise)
                .flatMap(project -> validator.validate(draft).thenReturn(project))
                .flatMap(project -> project.status().isDecided()
                        ? Mono.just(project)
                        : Mono.error(ProjectLifecycle.refused(project, "RATE", "验收结论作出后企业才能评价")))
                .flatMap(project -> writer.insert(
                        new Rating(project.id(), draft.score(), commentOf(draft), clock.instant()),
                        null,
                        () -> new ConflictException("企业已评价过项目 " + projectId + "，每个项目评价一次")))
                .flatMap(saved -> audit.append(
                                "PROJECT_RATED",
                                ProjectLifecycle.ENTITY,
                                projectId,
                                null,
                                Map.of("score", saved.score(), "comment", saved.comment()))
                        .thenReturn(saved));
    }

    private Mono<Project> requireEnterprise(Project project) {
        return AuditTrail.actor()
                .flatMap(actor -> Viewers.ENTERPRISE.equals(actor.role())
                                && project.enterpriseId().equals(actor.orgId())
                        ? Mono.just(project)
                        : Mono.error(new ForbiddenException("只有项目的企业可以评价")));
    }

    private static String commentOf(RatingDraft draft) {
        String comment = draft.comment();
        return comment == null ? "" : comment.strip();
    }
}
