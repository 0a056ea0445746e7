package cn.xkqz.api.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mean NDCG@10 of each set as recorded in {@code baseline.json}, with the day and the commit it was
 * measured on ({@code -dirty} when the working tree had changes: the usual case when a ranking change
 * raises it). Read from and written to the sources, so raising it is a diff to commit.
 */
record Baseline(double matching, double search, String measuredOn, String commit) {

    /** The surefire working directory is the api module. */
    static final Path FILE = Path.of("src/test/resources/relevance/baseline.json");

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Today's measurement, rounded to 4 decimals, on the current commit. */
    static Baseline measured(double matching, double search) {
        return new Baseline(round(matching), round(search), LocalDate.now().toString(), currentCommit());
    }

    static Baseline read() {
        return MAPPER.readValue(FILE.toFile(), Baseline.class);
    }

    void write() {
        try {
            Files.writeString(FILE, MAPPER.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static String currentCommit() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty", "--abbrev=10")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
