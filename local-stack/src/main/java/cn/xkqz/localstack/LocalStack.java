package cn.xkqz.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;

/**
 * The local servers of this JVM: each started at most once, on first request, and stopped at exit.
 * PostgreSQL and Elasticsearch may start concurrently; a throwaway base directory (no data-dir
 * configured) is deleted at exit.
 */
public final class LocalStack {

    private static final Object BASE_LOCK = new Object();
    private static final Object POSTGRES_LOCK = new Object();
    private static final Object ELASTICSEARCH_LOCK = new Object();

    private static @Nullable Path baseDir;
    private static boolean throwaway;
    private static volatile @Nullable LocalPostgres postgres;
    private static volatile @Nullable LocalElasticsearch elasticsearch;

    private LocalStack() {}

    /** JDBC and R2DBC URLs of the local PostgreSQL's app database (user {@code postgres}, no password). */
    public record PostgresUrls(String jdbc, String r2dbc) {}

    public static PostgresUrls postgres(LocalStackSettings settings, Log log) {
        synchronized (POSTGRES_LOCK) {
            if (postgres == null) {
                Path data = baseDir(settings, log).resolve("postgres");
                Instant start = Instant.now();
                postgres = LocalPostgres.start(
                        data, settings.cacheDir().resolve("postgres-binaries"), settings.postgresPort(), log);
                log.info("Local PostgreSQL ready at " + postgres.jdbcUrl() + " in " + since(start) + ", data in "
                        + data);
            }
            return new PostgresUrls(postgres.jdbcUrl(), postgres.r2dbcUrl());
        }
    }

    public static URI elasticsearch(LocalStackSettings settings, Log log) {
        synchronized (ELASTICSEARCH_LOCK) {
            if (elasticsearch == null) {
                Path instance = baseDir(settings, log).resolve("elasticsearch");
                Instant start = Instant.now();
                Path home = ElasticsearchInstall.prepare(
                        settings.elasticsearchDistribution(), settings.elasticsearchPlugin(), settings.cacheDir(), log);
                elasticsearch = LocalElasticsearch.start(
                        home, instance, settings.elasticsearchPort(), settings.elasticsearchHeap(), log);
                log.info("Local Elasticsearch ready at " + elasticsearch.uri() + " in " + since(start) + ", data in "
                        + instance);
            }
            return elasticsearch.uri();
        }
    }

    /** Stops the local Elasticsearch (for tests of what happens while search is down). */
    public static void stopElasticsearch() {
        synchronized (ELASTICSEARCH_LOCK) {
            if (elasticsearch != null) {
                elasticsearch.close();
            }
        }
    }

    /** Starts the local Elasticsearch again after {@link #stopElasticsearch()}, same port and data. */
    public static void restartElasticsearch() {
        synchronized (ELASTICSEARCH_LOCK) {
            if (elasticsearch != null) {
                elasticsearch.restart();
            }
        }
    }

    private static String since(Instant start) {
        return String.format("%.1f s", Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    private static Path baseDir(LocalStackSettings settings, Log log) {
        synchronized (BASE_LOCK) {
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
    }

    private static void stopAll() {
        LocalElasticsearch node = elasticsearch;
        if (node != null) {
            node.close();
        }
        LocalPostgres database = postgres;
        if (database != null) {
            try {
                database.close();
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
