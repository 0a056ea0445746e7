package cn.xkqz.api.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A benchmark's Markdown report: printed as it grows, written to a file at the end. */
final class Report {

    private final StringBuilder text = new StringBuilder();

    void line(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        text.append(line).append('\n');
        System.out.println(line);
    }

    void write(Path file) throws IOException {
        Files.writeString(file, text);
        System.out.println("\nReport written to " + file.toAbsolutePath());
    }
}
