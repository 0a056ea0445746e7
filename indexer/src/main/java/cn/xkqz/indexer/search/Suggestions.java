package cn.xkqz.indexer.search;

import static cn.xkqz.indexer.search.SearchCalls.call;

import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.indexer.index.SolutionDocument;
import cn.xkqz.indexer.index.SolutionIndex;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The search box's completions, from the completion field over solution names and keywords. */
@Component
class Suggestions {

    private final ElasticsearchAsyncClient es;
    private final SolutionIndex index;

    Suggestions(ElasticsearchAsyncClient es, SolutionIndex index) {
        this.es = es;
        this.index = index;
    }

    Mono<List<String>> suggest(String prefix, int size) {
        String text = prefix.strip();
        if (text.isEmpty()) {
            return Mono.just(List.of());
        }
        if (text.length() > SearchQuery.MAX_QUERY_LENGTH) {
            FieldError tooLong = new FieldError("prefix", "输入不能超过" + SearchQuery.MAX_QUERY_LENGTH + "个字");
            return Mono.error(() -> new InvalidInputException("参数有误", List.of(tooLong)));
        }
        return call(() -> es.search(
                        s -> s.index(index.alias())
                                .source(src -> src.fetch(false))
                                .suggest(g -> g.suggesters(
                                        "box",
                                        b -> b.prefix(text)
                                                .completion(c -> c.field("suggest")
                                                        .size(size)
                                                        .skipDuplicates(true)))),
                        SolutionDocument.class))
                .map(response -> response.suggest().getOrDefault("box", List.of()).stream()
                        .flatMap(suggestion -> suggestion.completion().options().stream())
                        .map(CompletionSuggestOption::text)
                        .distinct()
                        .toList());
    }
}
