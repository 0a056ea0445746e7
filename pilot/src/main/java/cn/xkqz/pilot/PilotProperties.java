package cn.xkqz.pilot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When bureau staff should look again at a provider (优胜劣汰, {@code xkqz.pilot.review.*}).
 *
 * @param minPassRate an acceptance pass rate below this is flagged
 * @param minAverageRating an average enterprise rating (1–5) below this is flagged
 * @param minDecidedProjects rates are judged once a provider has this many decided projects
 */
@ConfigurationProperties("xkqz.pilot.review")
public record PilotProperties(
        @DefaultValue("0.8") double minPassRate,
        @DefaultValue("3.0") double minAverageRating,
        @DefaultValue("2") int minDecidedProjects) {}
