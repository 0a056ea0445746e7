package cn.xkqz.localstack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;

/**
 * An unpacked Elasticsearch with this project's analysis plugin installed. Installs are cached under the
 * cache directory, keyed by distribution and plugin checksum, and built in a staging directory that is
 * renamed into place when complete, so concurrent or interrupted runs never see half an install.
 */
final class ElasticsearchInstall {

    private static final String COMPLETE_MARKER = ".complete";

    private ElasticsearchInstall() {}

    static Path prepare(
            @Nullable Path configuredDistribution, @Nullable Path configuredPlugin, Path cacheDir, Log log) {
        Path distribution = requireFile(
                configuredDistribution, "Elasticsearch distribution", "xkqz.local-stack.elasticsearch.distribution");
        Path plugin = requireFile(configuredPlugin, "analysis plugin zip", "xkqz.local-stack.elasticsearch.plugin");
        Path installLog = cacheDir.resolve("plugin-install.log");
        try {
            String name = distribution.getFileName().toString().replaceFirst("\\.zip$", "");
            Path home = cacheDir.resolve(name + "-plugin-" + checksum(plugin));
            if (Files.exists(home.resolve(COMPLETE_MARKER))) {
                return home;
            }
            log.info("Unpacking " + distribution.getFileName() + " and installing the analysis plugin into " + home);
            Files.createDirectories(cacheDir);
            ServerUser.requireReachable(home);
            Path staging = cacheDir.resolve(
                    home.getFileName() + ".staging-" + ProcessHandle.current().pid());
            FileSystemUtils.deleteRecursively(staging);
            unzipStrippingTopFolder(distribution, staging);
            installPlugin(staging, plugin, installLog);
            Files.createFile(staging.resolve(COMPLETE_MARKER));
            moveIntoPlace(staging, home);
            return home;
        } catch (IOException e) {
            throw new LocalStackException(
                    "Could not install Elasticsearch with the analysis plugin: " + e.getMessage(), installLog, e);
        }
    }

    private static Path requireFile(@Nullable Path file, String what, String property) {
        if (file == null) {
            throw new LocalStackException(
                    what + " is not configured: start the app with ./mvnw (see README), or set " + property, null);
        }
        if (!Files.isRegularFile(file)) {
            throw new LocalStackException(
                    what + " not found at " + file + ": build with ./mvnw, which downloads it, or set " + property,
                    null);
        }
        return file;
    }

    private static void installPlugin(Path home, Path plugin, Path installLog) throws IOException {
        // Copied inside the install so the server user can read it wherever the build put it.
        Path copy = Files.copy(plugin, home.resolve("analysis-plugin.zip"), StandardCopyOption.REPLACE_EXISTING);
        ServerUser.own(home);
        ProcessBuilder installer = new ProcessBuilder(ServerUser.command(List.of(
                        home.resolve("bin/elasticsearch-plugin").toString(),
                        "install",
                        "--batch",
                        copy.toUri().toString())))
                .redirectErrorStream(true)
                .redirectOutput(installLog.toFile());
        installer.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        installer.environment().remove("ES_PATH_CONF");
        try {
            if (installer.start().waitFor() != 0) {
                throw new IOException("elasticsearch-plugin install failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while installing the plugin", e);
        }
        Files.delete(copy);
    }

    private static void moveIntoPlace(Path staging, Path home) throws IOException {
        try {
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            // Another run finished the same install first; use theirs.
            FileSystemUtils.deleteRecursively(staging);
        }
    }

    private static void unzipStrippingTopFolder(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path out = target.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out);
                }
            }
        }
        try (DirectoryStream<Path> scripts = Files.newDirectoryStream(target.resolve("bin"))) {
            for (Path script : scripts) {
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static String checksum(Path file) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
