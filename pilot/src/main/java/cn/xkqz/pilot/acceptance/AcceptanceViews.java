package cn.xkqz.pilot.acceptance;

import cn.xkqz.pilot.expert.Expert;
import cn.xkqz.pilot.expert.Experts;
import cn.xkqz.pilot.project.Project;
import cn.xkqz.pilot.project.Projects;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reads where a project's acceptance stands, for the project's parties and bureau staff. */
@Service
public class AcceptanceViews {

    private final Projects projects;
    private final Experts experts;
    private final PanelistRepository panelists;
    private final ReviewRepository reviews;
    private final RatingRepository ratings;

    AcceptanceViews(
            Projects projects,
            Experts experts,
            PanelistRepository panelists,
            ReviewRepository reviews,
            RatingRepository ratings) {
        this.projects = projects;
        this.experts = experts;
        this.panelists = panelists;
        this.reviews = reviews;
        this.ratings = ratings;
    }

    public Mono<AcceptanceView> view(UUID projectId) {
        return projects.get(projectId)
                .zipWhen(project -> projects.requirePartyRole(project, "只能查看本方参与的项目的验收"))
                .flatMap(state -> view(state.getT1(), state.getT2()));
    }

    private Mono<AcceptanceView> view(Project project, String role) {
        Mono<List<AcceptanceView.PanelMember>> panel = panelists
                .findByProjectIdOrderByNamedAt(project.id())
                .concatMap(member -> experts.get(member.expertId()))
                .map(AcceptanceViews::member)
                .collectList();
        Mono<List<AcceptanceReview>> done =
                reviews.findByProjectIdOrderByReviewedAt(project.id()).collectList();
        return Mono.zip(panel, done, Experts.ROLE.equals(role) ? Experts.actingExpert("") : Mono.just(NOBODY))
                .zipWith(ratings.findById(project.id()).map(List::of).defaultIfEmpty(List.of()))
                .map(state -> new AcceptanceView(
                        project.id(),
                        project.status().name(),
                        state.getT1().getT1(),
                        visible(state.getT1().getT2(), state.getT1().getT3()),
                        state.getT1().getT1().size() - state.getT1().getT2().size(),
                        project.postLevel(),
                        project.actualSpendYuan(),
                        project.decidedAt(),
                        state.getT2().isEmpty() ? null : state.getT2().getFirst()));
    }

    /** Everyone sees every review, except that a panel expert sees only its own. */
    private static List<AcceptanceReview> visible(List<AcceptanceReview> all, UUID expert) {
        return NOBODY.equals(expert)
                ? all
                : all.stream().filter(r -> r.expertId().equals(expert)).toList();
    }

    private static final UUID NOBODY = new UUID(0, 0);

    private static AcceptanceView.PanelMember member(Expert expert) {
        return new AcceptanceView.PanelMember(expert.id(), expert.name(), expert.organization());
    }
}
