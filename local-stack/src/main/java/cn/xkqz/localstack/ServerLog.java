package cn.xkqz.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds the line that says why a server failed, so the startup error can be one readable line. */
final class ServerLog {

    private static final Pattern ERROR = Pattern.compile("ERROR|FATAL|Exception:|exception:|refused|cannot|failed");

    private ServerLog() {}

    static String firstError(Path... logs) {
        for (Path log : logs) {
            Optional<String> line =
                    lines(log).stream().filter(l -> ERROR.matcher(l).find()).findFirst();
            if (line.isPresent()) {
                return line.get().strip();
            }
        }
        return "no error line in the logs";
    }

    private static List<String> lines(Path log) {
        try {
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
