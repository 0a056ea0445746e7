package cn.xkqz.api.benchmark;

import cn.xkqz.indexer.semantic.SemanticModel;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * What the semantic model costs on its own: heap held and resident set of a plain JVM, then with the
 * model loaded, then after embedding {@code footprint.texts} (2,000) synthetic solution headlines on the
 * model's pool (texts/s with every core, nothing else running in this JVM). See docs/benchmarks.md.
 */
public final class ModelFootprint {

    private ModelFootprint() {}

    public static void main(String[] args) {
        int count = Integer.getInteger("footprint.texts", 2_000);
        List<String> texts = headlines(count);
        Report report = new Report();
        report.line(
                "# Model footprint: bge-small-zh-v1.5-q, %d cores, max heap %.0f MiB\n",
                Runtime.getRuntime().availableProcessors(), HeapWatch.maxHeapMiB());
        report.line("| | heap held MiB | RSS MiB |\n|---|---:|---:|");
        report.line("| plain JVM (texts made) | %.1f | %.0f |", HeapWatch.heldMiB(), HeapWatch.rssMiB());
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(SimpleMeterRegistry.class);
            context.register(SemanticModel.class);
            Instant loading = Instant.now();
            context.refresh();
            SemanticModel model = context.getBean(SemanticModel.class);
            model.passages(List.of("预热")).block();
            long loadMillis = Duration.between(loading, Instant.now()).toMillis();
            report.line("| model loaded (%d ms) | %.1f | %.0f |", loadMillis, HeapWatch.heldMiB(), HeapWatch.rssMiB());
            Instant start = Instant.now();
            for (int i = 0; i < texts.size(); i += 100) {
                model.passages(texts.subList(i, Math.min(texts.size(), i + 100)))
                        .block();
            }
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            report.line("| after embedding %,d texts | %.1f | %.0f |", count, HeapWatch.heldMiB(), HeapWatch.rssMiB());
            report.line(
                    "\n%,d headlines in %.1f s: **%.1f texts/s**, %.1f ms per text with every core.",
                    count, seconds, count / seconds, 1000 * seconds / count);
        }
    }

    /** Headlines as the app embeds them: name, keywords and summary of the synthetic pool's solutions. */
    @SuppressWarnings("unchecked")
    private static List<String> headlines(int count) {
        List<String> texts = new ArrayList<>();
        for (Map<String, Object> file : SyntheticCatalog.files(count, 10_000)) {
            for (Map<String, Object> s : (List<Map<String, Object>>) file.get("solutions")) {
                texts.add(s.get("name") + "。" + String.join("、", (List<String>) s.get("keywords")) + "。"
                        + s.get("summary"));
            }
        }
        return texts;
    }
}
