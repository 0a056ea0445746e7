package cn.xkqz.indexer.semantic;

import cn.xkqz.catalog.solution.Solution;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The semantic vector of each solution, embedded once per text and kept in PostgreSQL
 * ({@code solution_embedding}): a rebuild, a provider's rename or a re-sent event reuses it, and only a
 * solution whose embedded text changed (or a new model) is embedded again. What is embedded is the
 * listing's headline: name, keywords and summary (measured against longer texts in docs/ranking.md).
 */
@Component
public class SolutionVectors {

    /** PostgreSQL's {@code encode(…, 'base64')} breaks lines every 76 characters. */
    private static final Base64.Decoder BASE64 = Base64.getMimeDecoder();

    private final SemanticModel model;
    private final DatabaseClient db;

    SolutionVectors(SemanticModel model, DatabaseClient db) {
        this.model = model;
        this.db = db;
    }

    /** The vectors of {@code solutions}, by id: stored ones reused, the others embedded and stored. */
    public Mono<Map<UUID, float[]>> of(List<Solution> solutions) {
        if (solutions.isEmpty()) {
            return Mono.just(Map.of());
        }
        Map<UUID, String> hashes = new HashMap<>();
        solutions.forEach(s -> hashes.put(s.id(), hash(text(s))));
        return stored(hashes).flatMap(vectors -> {
            List<Solution> missing =
                    solutions.stream().filter(s -> !vectors.containsKey(s.id())).toList();
            return embed(missing).map(fresh -> {
                vectors.putAll(fresh);
                return vectors;
            });
        });
    }

    /** The text a solution is embedded from. */
    static String text(Solution solution) {
        return solution.name() + "。" + String.join("、", solution.keywords()) + "。" + solution.summary();
    }

    private Mono<Map<UUID, float[]>> stored(Map<UUID, String> hashes) {
        UUID[] ids = hashes.keySet().toArray(UUID[]::new);
        // As base64 text: the driver reads bytea as hex text and decodes it with a regular expression, which
        // took a fifth of the rebuild's CPU in the app (docs/benchmarks.md).
        return db.sql("""
                        select solution_id, text_hash, encode(vector, 'base64') as vector
                        from solution_embedding where solution_id = any(:ids)""")
                .bind("ids", ids)
                .map((row, meta) -> new Stored(
                        Objects.requireNonNull(row.get("solution_id", UUID.class)),
                        Objects.requireNonNull(row.get("text_hash", String.class)),
                        Objects.requireNonNull(row.get("vector", String.class))))
                .all()
                .filter(s -> s.hash().equals(hashes.get(s.id())))
                .collectMap(Stored::id, s -> floats(ByteBuffer.wrap(BASE64.decode(s.base64()))), HashMap::new);
    }

    private Mono<Map<UUID, float[]>> embed(List<Solution> missing) {
        if (missing.isEmpty()) {
            return Mono.just(Map.of());
        }
        List<String> texts = missing.stream().map(SolutionVectors::text).toList();
        return model.passages(texts).flatMap(vectors -> {
            Map<UUID, float[]> byId = new HashMap<>();
            for (int i = 0; i < missing.size(); i++) {
                byId.put(missing.get(i).id(), vectors.get(i));
            }
            return Flux.range(0, missing.size())
                    .concatMap(i -> store(missing.get(i).id(), hash(texts.get(i)), vectors.get(i)))
                    .then(Mono.just(byId));
        });
    }

    private Mono<Void> store(UUID id, String hash, float[] vector) {
        return db.sql("""
                        insert into solution_embedding (solution_id, text_hash, vector) values (:id, :hash, :vector)
                        on conflict (solution_id) do update
                        set text_hash = excluded.text_hash, vector = excluded.vector, embedded_at = now()""")
                .bind("id", id)
                .bind("hash", hash)
                .bind("vector", bytes(vector))
                .then();
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((SemanticModel.NAME + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ByteBuffer bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer;
    }

    static float[] floats(ByteBuffer bytes) {
        float[] vector = new float[bytes.remaining() / Float.BYTES];
        bytes.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    private record Stored(UUID id, String hash, String base64) {}
}
