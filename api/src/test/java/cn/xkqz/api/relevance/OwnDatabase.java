package cn.xkqz.api.relevance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the relevance gate's application context at a database of its own, {@value #NAME}, on the same
 * PostgreSQL server as the other API tests (the local stack started it, or the configured URLs name it):
 * the database is created if missing and replaces the configured one in both the R2DBC and the Flyway
 * URL. It runs after the local stack has put its URLs into the environment and before any bean is made.
 */
class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String NAME = "xkqz_relevance";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        String jdbc = env.getRequiredProperty("spring.flyway.url");
        createIfMissing(jdbc, env.getProperty("spring.flyway.user", ""), env.getProperty("spring.flyway.password", ""));
        env.getPropertySources()
                .addFirst(new MapPropertySource(
                        "relevanceGateDatabase",
                        Map.of(
                                "spring.flyway.url",
                                renamed(jdbc),
                                "spring.r2dbc.url",
                                renamed(env.getRequiredProperty("spring.r2dbc.url")))));
    }

    private static void createIfMissing(String jdbcUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            if (!statement
                    .executeQuery("select 1 from pg_database where datname = '" + NAME + "'")
                    .next()) {
                statement.execute("create database " + NAME);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the relevance gate's database " + NAME, e);
        }
    }

    /** The same URL with the database name replaced: {@code scheme://host:port/NAME?parameters}. */
    static String renamed(String url) {
        int path = url.indexOf('/', url.indexOf("//") + 2);
        int query = url.indexOf('?', path);
        return url.substring(0, path + 1) + NAME + (query < 0 ? "" : url.substring(query));
    }
}
