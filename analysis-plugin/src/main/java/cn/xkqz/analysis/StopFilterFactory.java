package cn.xkqz.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Removes punctuation tokens (smartcn's default stop set) and the words listed in {@code stopwords}.
 *
 * <pre>{"type": "xkqz_stop", "stopwords": ["的", "了"]}</pre>
 */
@NamedComponent("xkqz_stop")
public class StopFilterFactory implements TokenFilterFactory {

    private final CharArraySet stopSet;

    @Inject
    public StopFilterFactory(Settings settings) {
        this.stopSet = ChineseAnalysis.stopSet(settings.stopwords());
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return ChineseAnalysis.withoutStopWords(tokenStream, stopSet);
    }

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "stopwords")
        List<String> stopwords();
    }
}
