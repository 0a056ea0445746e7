package cn.xkqz.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Synonym graph filter with inline rules in Solr format ({@code 能耗, 能源消耗} or {@code 天车 => 起重机}).
 *
 * <p>A stable plugin component cannot see the analysis chain in front of it, so rules are tokenized
 * with this plugin's own chain (smartcn words without punctuation). Use the filter after the
 * {@code xkqz_smartcn_tokenizer}, in search analyzers only: a token graph cannot be indexed.
 */
@NamedComponent("xkqz_synonym_graph")
public class SynonymGraphFilterFactory implements TokenFilterFactory {

    private final SynonymMap synonyms;

    @Inject
    public SynonymGraphFilterFactory(Settings settings) {
        this.synonyms = parse(settings.synonyms(), settings.expand());
    }

    static SynonymMap parse(List<String> rules, boolean expand) {
        try (Analyzer analyzer = ChineseAnalysis.analyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, expand, analyzer);
            parser.parse(new StringReader(String.join("\n", rules)));
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException(
                    "invalid synonym rule near line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        // Lucene refuses an empty map; with no rules the filter is a no-op.
        return synonyms.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonyms, true);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "synonyms")
        List<String> synonyms();

        @BooleanSetting(path = "expand", defaultValue = true)
        boolean expand();
    }
}
