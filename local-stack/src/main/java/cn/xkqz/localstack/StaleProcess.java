package cn.xkqz.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.commons.logging.Log;

/**
 * A server left running by an earlier run that was killed before it could stop it. Its pid file names
 * it; it holds the data directory's lock, so it is stopped before a new server starts there.
 */
final class StaleProcess {

    private StaleProcess() {}

    static void stop(Path pidFile, String commandFragment, Log log) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine =
                Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        Optional<ProcessHandle> process = parse(firstLine).flatMap(ProcessHandle::of);
        if (process.isEmpty() || !isServer(process.get(), commandFragment)) {
            return;
        }
        log.warn("Stopping " + commandFragment + " (pid " + firstLine + ") left running by an earlier run");
        process.get().destroy();
        try {
            process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.get().destroyForcibly();
        }
        sleep(Duration.ofMillis(500));
    }

    private static Optional<Long> parse(String pid) {
        try {
            return Optional.of(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isServer(ProcessHandle process, String commandFragment) {
        return process.info()
                .commandLine()
                .or(() -> process.info().command())
                .orElse("")
                .contains(commandFragment);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
