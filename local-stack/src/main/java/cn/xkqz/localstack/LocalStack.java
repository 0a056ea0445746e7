package cn.xkqz.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;

/**
 * The local servers of this JVM: each started at most once, on first request, and stopped at exit.
 * A throwaway base directory (no data-dir configured) is deleted at exit too.
 */
public final class LocalStack {

    private static @Nullable Path baseDir;
    private static boolean throwaway;
    private static @Nullable LocalPostgres postgres;
    private static @Nullable LocalElasticsearch elasticsearch;

    private LocalStack() {}

    /** JDBC and R2DBC URLs of the local PostgreSQL's app database (user {@code postgres}, no password). */
    public record PostgresUrls(String jdbc, String r2dbc) {}

    public static synchronized PostgresUrls postgres(LocalStackSettings settings, Log log) {
        if (postgres == null) {
            Path base = baseDir(settings, log);
            log.info("Starting local PostgreSQL with data in " + base.resolve("postgres"));
            postgres = LocalPostgres.start(
                    base.resolve("postgres"),
                    settings.cacheDir().resolve("postgres-binaries"),
                    settings.postgresPort(),
                    log);
            log.info("Local PostgreSQL ready at " + postgres.jdbcUrl());
        }
        return new PostgresUrls(postgres.jdbcUrl(), postgres.r2dbcUrl());
    }

    public static synchronized URI elasticsearch(LocalStackSettings settings, Log log) {
        if (elasticsearch == null) {
            Path base = baseDir(settings, log);
            Path home = ElasticsearchInstall.prepare(
                    settings.elasticsearchDistribution(), settings.elasticsearchPlugin(), settings.cacheDir(), log);
            log.info("Starting local Elasticsearch with data in " + base.resolve("elasticsearch"));
            elasticsearch = LocalElasticsearch.start(
                    home,
                    base.resolve("elasticsearch"),
                    settings.elasticsearchPort(),
                    settings.elasticsearchHeap(),
                    log);
            log.info("Local Elasticsearch ready at " + elasticsearch.uri());
        }
        return elasticsearch.uri();
    }

    private static Path baseDir(LocalStackSettings settings, Log log) {
        if (baseDir == null) {
            try {
                throwaway = settings.dataDir() == null;
                baseDir = throwaway
                        ? Files.createTempDirectory("xkqz-local-stack-")
                        : Files.createDirectories(settings.dataDir());
                // The Elasticsearch user (nobody, when we are root) must be able to enter it.
                Files.setPosixFilePermissions(baseDir, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the local stack directory", e);
            }
            log.info("Local stack data directory: " + baseDir + (throwaway ? " (deleted at exit)" : ""));
            Runtime.getRuntime().addShutdownHook(new Thread(LocalStack::stopAll, "local-stack-shutdown"));
        }
        return baseDir;
    }

    private static synchronized void stopAll() {
        if (elasticsearch != null) {
            elasticsearch.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("local stack: PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
        if (throwaway && baseDir != null) {
            try {
                FileSystemUtils.deleteRecursively(baseDir);
            } catch (IOException e) {
                System.err.println("local stack: could not delete " + baseDir + ": " + e.getMessage());
            }
        }
    }
}
