package cn.xkqz.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** In-process checks of the components; {@code AnalysisPluginIT} checks the same through a running node. */
class ChineseAnalysisTest {

    @Test
    void segmentsChineseIntoWordsAndDropsPunctuation() throws IOException {
        Analyzer analyzer = new ChineseAnalyzerFactory().create();

        assertThat(terms(analyzer, "中小企业数字化转型公共服务平台提供设备管理和能耗监测解决方案。"))
                .containsExactly("中小企业", "数字化", "转型", "公共", "服务", "平台", "提供", "设备", "管理", "和", "能耗", "监测", "解决", "方案");
    }

    @Test
    void keepsLatinAbbreviationsWholeAndLowercased() throws IOException {
        assertThat(terms(new ChineseAnalyzerFactory().create(), "轻量化MES与APS排产"))
                .contains("mes", "aps")
                .doesNotContain("me", "ap");
    }

    @Test
    void stopFilterRemovesConfiguredWordsBesidesPunctuation() throws IOException {
        StopFilterFactory stop = new StopFilterFactory(() -> List.of("的"));

        assertThat(terms(stop, "设备的管理，能耗")).containsExactly("设备", "管理", "能耗");
    }

    @Test
    void synonymRuleMatchesBothWays() throws IOException {
        SynonymGraphFilterFactory synonyms = synonymFilter(List.of("能耗, 能源消耗"));

        assertThat(terms(synonyms, "能耗")).contains("能耗", "能源", "消耗");
        assertThat(terms(synonyms, "能源消耗")).contains("能耗", "能源", "消耗");
    }

    @Test
    void explicitMappingRewritesOneWayOnly() throws IOException {
        SynonymGraphFilterFactory synonyms = synonymFilter(List.of("天车 => 起重机"));

        assertThat(terms(synonyms, "天车")).containsExactly("起重机");
        assertThat(terms(synonyms, "起重机")).containsExactly("起重机");
    }

    @Test
    void noRulesLeavesTheStreamUnchanged() throws IOException {
        assertThat(terms(synonymFilter(List.of()), "设备管理")).containsExactly("设备", "管理");
    }

    private static SynonymGraphFilterFactory synonymFilter(List<String> rules) {
        return new SynonymGraphFilterFactory(new SynonymGraphFilterFactory.Settings() {
            @Override
            public List<String> synonyms() {
                return rules;
            }

            @Override
            public boolean expand() {
                return true;
            }
        });
    }

    private static List<String> terms(org.elasticsearch.plugin.analysis.TokenFilterFactory filter, String text)
            throws IOException {
        Tokenizer tokenizer = new SmartcnTokenizerFactory().create();
        tokenizer.setReader(new java.io.StringReader(text));
        return collect(filter.create(tokenizer));
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return collect(analyzer.tokenStream("f", text));
    }

    private static List<String> collect(TokenStream stream) throws IOException {
        List<String> terms = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
