package cn.xkqz.localstack;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** A local server could not start; the message is one line naming the cause, and the log when there is one. */
public final class LocalStackException extends RuntimeException {

    private final @Nullable Path logFile;

    public LocalStackException(String message, @Nullable Path logFile) {
        super(logFile == null ? message : message + " (log: " + logFile + ")");
        this.logFile = logFile;
    }

    public LocalStackException(String message, @Nullable Path logFile, Throwable cause) {
        super(logFile == null ? message : message + " (log: " + logFile + ")", cause);
        this.logFile = logFile;
    }

    public @Nullable Path logFile() {
        return logFile;
    }
}
