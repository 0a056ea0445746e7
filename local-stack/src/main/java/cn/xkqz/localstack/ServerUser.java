package cn.xkqz.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;

/**
 * The user Elasticsearch runs as. It refuses to run as root, so when this JVM is root the server runs as
 * {@code nobody} (uid 65534) through {@code setpriv}, and owns the directories it writes.
 */
final class ServerUser {

    private static final String NOBODY = "65534";
    private static final boolean ROOT = currentUidIsRoot();

    private ServerUser() {}

    static boolean isRoot() {
        return ROOT;
    }

    static List<String> command(List<String> command) {
        if (!ROOT) {
            return command;
        }
        List<String> wrapped =
                new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Hands {@code dir} and everything below it to the server user. */
    static void own(Path dir) throws IOException {
        if (ROOT) {
            run(List.of("chown", "-R", NOBODY + ":" + NOBODY, dir.toString()));
        }
    }

    /** Fails clearly when the server user could not even reach {@code dir} (for example below /root). */
    static void requireReachable(Path dir) throws IOException {
        if (!ROOT) {
            return;
        }
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new LocalStackException(
                        "Elasticsearch runs as nobody because this process is root, and nobody cannot enter " + p
                                + ": put the local stack's data-dir and cache-dir elsewhere (xkqz.local-stack.data-dir, .cache-dir)",
                        null);
            }
        }
    }

    static void run(List<String> command) throws IOException {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static boolean currentUidIsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
