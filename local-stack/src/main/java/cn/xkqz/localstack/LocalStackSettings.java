package cn.xkqz.localstack;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * What the local stack starts and where it keeps things, from the {@code xkqz.local-stack.*} properties.
 *
 * @param dataDir where both servers keep their data across runs; {@code null} for a throwaway directory
 * @param cacheDir unpacked distributions, reused by every run on this machine
 * @param elasticsearchDistribution the Elasticsearch integ-test zip from Maven Central
 * @param elasticsearchPlugin this project's analysis-plugin zip
 */
public record LocalStackSettings(
        @Nullable Path dataDir,
        Path cacheDir,
        boolean postgres,
        int postgresPort,
        boolean elasticsearch,
        int elasticsearchPort,
        @Nullable Path elasticsearchDistribution,
        @Nullable Path elasticsearchPlugin,
        String elasticsearchHeap) {

    static final String PREFIX = "xkqz.local-stack.";

    public static LocalStackSettings from(Environment env) {
        return new LocalStackSettings(
                path(env, "data-dir"),
                Path.of(env.getProperty(
                        PREFIX + "cache-dir", System.getProperty("java.io.tmpdir") + "/xkqz-local-stack-cache")),
                env.getProperty(PREFIX + "postgres.enabled", Boolean.class, true),
                env.getProperty(PREFIX + "postgres.port", Integer.class, 0),
                env.getProperty(PREFIX + "elasticsearch.enabled", Boolean.class, true),
                env.getProperty(PREFIX + "elasticsearch.port", Integer.class, 0),
                path(env, "elasticsearch.distribution"),
                path(env, "elasticsearch.plugin"),
                env.getProperty(PREFIX + "elasticsearch.heap", "512m"));
    }

    /** Blank values count as unset. */
    private static @Nullable Path path(Environment env, String key) {
        String value = env.getProperty(PREFIX + key, "").trim();
        return value.isEmpty() ? null : Path.of(value).toAbsolutePath();
    }
}
