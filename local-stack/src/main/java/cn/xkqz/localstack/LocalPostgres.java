package cn.xkqz.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.apache.commons.logging.Log;

/** A real PostgreSQL server from the embedded binaries on Maven Central, with one database for the app. */
final class LocalPostgres implements AutoCloseable {

    static final String DATABASE = "xkqz";
    static final String USER = "postgres";

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts the server on {@code dataDir}, keeping existing data, and creates the app database if missing.
     *
     * @param binariesDir where the PostgreSQL binaries are unpacked (shared between runs)
     */
    static LocalPostgres start(Path dataDir, Path binariesDir, int port, Log log) {
        Path logFile = dataDir.resolveSibling("postgres.log");
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(binariesDir);
            StaleProcess.stop(dataDir.resolve("postmaster.pid"), "postgres", log);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binariesDir.toFile())
                    .setPort(FreePort.resolve(port, "PostgreSQL"))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setRegisterShutdownHook(false)
                    .start();
            LocalPostgres postgres = new LocalPostgres(server);
            postgres.createDatabaseIfMissing();
            return postgres;
        } catch (LocalStackException e) {
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new LocalStackException("PostgreSQL did not start: " + rootMessage(e), logFile, e);
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            boolean exists = statement
                    .executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")
                    .next();
            if (!exists) {
                statement.execute("create database " + DATABASE);
            }
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + DATABASE;
    }

    String r2dbcUrl() {
        return "r2dbc:postgresql://127.0.0.1:" + server.getPort() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
