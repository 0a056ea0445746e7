package cn.xkqz.catalog;

import cn.xkqz.catalog.audit.AuditProperties;
import cn.xkqz.catalog.curation.FrozenEntries;
import cn.xkqz.catalog.diagnosis.PainPointList;
import cn.xkqz.catalog.provider.ProviderDraft;
import cn.xkqz.catalog.solution.CustomerCases;
import cn.xkqz.catalog.solution.SolutionDraft;
import cn.xkqz.catalog.subsidy.AppliedRules;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.dialect.DialectResolver;
import org.springframework.data.r2dbc.repository.config.EnableR2dbcRepositories;

/**
 * The catalogue's repositories, its jsonb conversions, the clock its timestamps come from and the audit
 * trail's settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableR2dbcRepositories
@EnableConfigurationProperties(AuditProperties.class)
public class CatalogConfiguration {

    /** Every value type kept in a jsonb column of a {@code @Table} record; see {@link Jsonb}. */
    private static final List<Class<?>> JSONB_VALUES = List.of(
            CustomerCases.class,
            FrozenEntries.class,
            PainPointList.class,
            SolutionDraft.class,
            ProviderDraft.class,
            AppliedRules.class);

    @Bean
    R2dbcCustomConversions r2dbcCustomConversions(ConnectionFactory connectionFactory) {
        return R2dbcCustomConversions.of(
                DialectResolver.getDialect(connectionFactory), Jsonb.conversionsFor(JSONB_VALUES));
    }

    /** Microsecond ticks: PostgreSQL keeps microseconds, so what is written equals what is read back. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
