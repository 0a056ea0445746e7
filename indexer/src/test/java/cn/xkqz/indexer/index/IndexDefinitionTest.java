package cn.xkqz.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An index built for other vectors is outdated too: the bootstrap rebuilds it, re-embedding as it goes. */
class IndexDefinitionTest {

    @Test
    void anotherModelIsAnotherDefinition() {
        List<String> synonyms = List.of("MES, 制造执行系统");
        List<String> stopwords = List.of("的");

        assertThat(SolutionIndex.definition("{}", synonyms, stopwords, "model a"))
                .isEqualTo(SolutionIndex.definition("{}", synonyms, stopwords, "model a"))
                .isNotEqualTo(SolutionIndex.definition("{}", synonyms, stopwords, "model b"));
    }
}
