package cn.xkqz.indexer.semantic;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The sentence-embedding model, in process: BAAI bge-small-zh-v1.5, quantised, on ONNX Runtime. It maps a
 * Chinese text to 512 numbers (a vector of length 1) so that texts meaning the same lie close together
 * even when they share no word. Inference is CPU work (about 10 ms for a solution's text on one core), so
 * it runs on its own pool of one thread per core, never on an event loop; each text is one task on that
 * pool, computed on its thread alone ({@link BgeSmallZh}), so a batch keeps every core busy and two
 * batches never wait on each other. {@code xkqz.semantic.embedding} times each text's inference.
 *
 * <p>Queries (search text, pain points) carry the model's retrieval instruction, as its authors advise
 * for short queries against longer passages, and are cached by text: a diagnosis is matched again and
 * again, and popular searches repeat.
 */
@Component
public class SemanticModel implements DisposableBean {

    /** Vector length of bge-small-zh-v1.5. */
    public static final int DIMENSIONS = 512;
    /**
     * Names the model and how texts reach it, in stored vectors' text hashes and in the index definition:
     * a change here means new vectors, and a rebuild that puts them in the index.
     */
    public static final String NAME = "bge-small-zh-v1.5-q, lower-cased";

    private static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    private final int threads;
    private final ExecutorService pool;
    private final Scheduler scheduler;
    private final EmbeddingModel model;
    private final Timer inference;
    private final Cache<String, float[]> queries =
            Caffeine.newBuilder().maximumSize(4_000).build();

    SemanticModel(MeterRegistry registry) {
        this.threads = Runtime.getRuntime().availableProcessors();
        this.pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("embedding-", 0).daemon().factory());
        this.scheduler = Schedulers.fromExecutorService(pool, "embedding");
        this.model = new BgeSmallZh(pool);
        this.inference = Timer.builder("xkqz.semantic.embedding")
                .description("Inference time of one text on one thread of the embedding pool")
                .register(registry);
    }

    /** Vectors of solution texts, in order; the texts are embedded side by side on the model's pool. */
    public Mono<List<float[]>> passages(List<String> texts) {
        if (texts.isEmpty()) {
            return Mono.just(List.of());
        }
        return Flux.fromIterable(texts).flatMapSequential(this::embed, threads).collectList();
    }

    /**
     * Lower-cased first, as the model was trained: its vocabulary has no capital letters, and the
     * tokenizer in the jar does not lower-case, so MES, ERP and VOCs were one and the same unknown token.
     */
    private Mono<float[]> embed(String text) {
        String lowerCased = text.toLowerCase(Locale.ROOT);
        return Mono.fromCallable(() ->
                        inference.record(() -> model.embed(lowerCased).content().vector()))
                .subscribeOn(scheduler);
    }

    /** The vector of a search text or pain point. */
    public Mono<float[]> query(String text) {
        return queries(List.of(text)).map(List::getFirst);
    }

    /** Vectors of search texts or pain points, in order; texts seen before come from the cache. */
    public Mono<List<float[]>> queries(List<String> texts) {
        Map<String, float[]> known = new HashMap<>();
        texts.forEach(t -> {
            float[] cached = queries.getIfPresent(t);
            if (cached != null) {
                known.put(t, cached);
            }
        });
        List<String> missing =
                texts.stream().filter(t -> !known.containsKey(t)).distinct().toList();
        return passages(missing.stream().map(t -> QUERY_INSTRUCTION + t).toList())
                .map(vectors -> {
                    for (int i = 0; i < missing.size(); i++) {
                        known.put(missing.get(i), vectors.get(i));
                        queries.put(missing.get(i), vectors.get(i));
                    }
                    return texts.stream()
                            .map(t -> Objects.requireNonNull(known.get(t)))
                            .toList();
                });
    }

    /** The cosine of two vectors of length 1 (the model's are). */
    public static double cosine(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** A vector as Elasticsearch's client takes it. */
    public static List<Float> asList(float[] vector) {
        List<Float> list = new ArrayList<>(vector.length);
        for (float f : vector) {
            list.add(f);
        }
        return list;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
