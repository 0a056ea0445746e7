package cn.xkqz.matching.retrieval;

import cn.xkqz.catalog.solution.CustomerCase;
import cn.xkqz.catalog.solution.Solution;
import cn.xkqz.catalog.solution.SolutionSnapshot;
import cn.xkqz.catalog.solution.SolutionSnapshots;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The catalogue state of the solutions a search found, cached by solution and index version: a change
 * of a solution (or its provider) is a new version, so the cache never serves an old state, and a
 * diagnosis matched again costs no reads. Also their words, segmented in-process by the same smartcn
 * segmenter (same Lucene version) the index uses, so explanations can say which words of a pain point
 * a solution shares, much cheaper than having Elasticsearch highlight them.
 */
@Component
public class KnownSolutions {

    private static final Analyzer SMARTCN = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new HMMChineseTokenizer();
            return new TokenStreamComponents(words);
        }
    };

    private final SolutionSnapshots snapshots;
    // Bounded for a 256 MiB heap: a listing's state is a few KiB (its description most), so the whole
    // pool of 100,000 would not fit. 20,000 is the candidates of some 40 different needs; a miss costs
    // one PostgreSQL read of the missing ones. Words are only needed for the explained top of a match.
    private final Cache<String, Solution> solutions =
            Caffeine.newBuilder().maximumSize(20_000).build();
    private final Cache<String, Set<String>> words =
            Caffeine.newBuilder().maximumSize(5_000).build();

    KnownSolutions(SolutionSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** The found solutions, by id; those not cached are read in one query (ones no longer searchable are left out). */
    public Mono<Map<String, Solution>> of(List<Scored> found) {
        Map<String, Solution> known = new HashMap<>();
        Map<UUID, Scored> missing = new HashMap<>();
        for (Scored scored : found) {
            Solution cached = solutions.getIfPresent(key(scored));
            if (cached == null) {
                missing.put(UUID.fromString(scored.id()), scored);
            } else {
                known.put(scored.id(), cached);
            }
        }
        if (missing.isEmpty()) {
            return Mono.just(known);
        }
        return snapshots
                .of(missing.keySet())
                // The index may lag a delisting by a moment; the catalogue has the last word.
                .filter(SolutionSnapshot::searchable)
                .doOnNext(snapshot -> {
                    Solution solution = snapshot.solution();
                    // snapshots.of returns only the ids asked for, all keys of missing.
                    solutions.put(key(Objects.requireNonNull(missing.get(solution.id()))), solution);
                    known.put(solution.id().toString(), solution);
                })
                .then(Mono.just(known));
    }

    /** The solution's words (lower case), as the index's segmenter splits its texts. */
    public Set<String> words(Scored scored, Solution solution) {
        return words.get(key(scored), k -> segment(text(solution)));
    }

    private static String key(Scored scored) {
        return scored.id() + ":" + scored.indexVersion();
    }

    private static String text(Solution s) {
        StringBuilder text = new StringBuilder()
                .append(s.name())
                .append('\n')
                .append(String.join(" ", s.keywords()))
                .append('\n')
                .append(s.summary())
                .append('\n')
                .append(s.description());
        for (CustomerCase c : s.cases()) {
            text.append('\n').append(c.outcome());
        }
        return text.toString();
    }

    static Set<String> segment(String text) {
        Set<String> words = new HashSet<>();
        try (TokenStream stream = SMARTCN.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
