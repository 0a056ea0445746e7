package cn.xkqz.api.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.pilot.chain.ChainModel;
import cn.xkqz.pilot.event.EventType;
import cn.xkqz.pilot.project.ProjectAction;
import cn.xkqz.pilot.project.ProjectStatus;
import cn.xkqz.pilot.recognition.RecognitionKind;
import cn.xkqz.pilot.showcase.ShowcaseCategory;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * V12's and V15's CHECK constraints name exactly the pilot's enum values (as StatusConstraintsTest does for the
 * catalogue's): a value added to {@link ProjectStatus} or {@link ProjectAction} needs a migration.
 */
@ApiTest
class PilotConstraintsTest {

    private static final Pattern QUOTED = Pattern.compile("'([A-Z_]+)'");

    @Autowired
    DatabaseClient db;

    @Test
    void projectStatusesAreTheEnumsValues() {
        assertThat(valuesIn("project_status_known")).isEqualTo(names(Stream.of(ProjectStatus.values())));
    }

    @Test
    void projectStepsInTheTransitionLogAreTheActionsAndOutcomes() {
        Set<String> logged = valuesIn("lifecycle_transition_known");
        assertThat(logged).containsAll(names(Stream.of(ProjectAction.values())));
        assertThat(logged).containsAll(names(Stream.of(ProjectStatus.values())));
        assertThat(logged).contains("PROJECT", "ACCEPT", "FAIL");
    }

    @Test
    void v15sEnumColumnsAreTheEnumsValues() {
        assertThat(valuesIn("showcase_category_known")).isEqualTo(names(Stream.of(ShowcaseCategory.values())));
        assertThat(valuesIn("chain_case_model_known")).isEqualTo(names(Stream.of(ChainModel.values())));
        assertThat(valuesIn("pilot_event_type_known")).isEqualTo(names(Stream.of(EventType.values())));
        assertThat(valuesIn("enterprise_recognition_kind_known")).isEqualTo(names(Stream.of(RecognitionKind.values())));
    }

    /** Every quoted upper-case word of the constraint's definition. */
    private Set<String> valuesIn(String constraint) {
        String definition = db.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = :name")
                .bind("name", constraint)
                .map(row -> row.get(0, String.class))
                .one()
                .block(Duration.ofSeconds(30));
        Matcher quoted = QUOTED.matcher(String.valueOf(definition));
        return quoted.results().map(match -> match.group(1)).collect(Collectors.toSet());
    }

    private static Set<String> names(Stream<? extends Enum<?>> values) {
        return values.map(Enum::name).collect(Collectors.toSet());
    }
}
