package cn.xkqz.analysis;

import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The one analysis chain of this plugin: smartcn words, minus punctuation and any extra stop words.
 *
 * <p>smartcn's own analyzer also applies an English Porter stemmer; this chain deliberately does not,
 * so abbreviations such as MES or APS stay whole words.
 */
final class ChineseAnalysis {

    private ChineseAnalysis() {}

    /** smartcn's default stop set: punctuation and symbols only, so no Chinese word is ever dropped. */
    static CharArraySet stopSet(Collection<String> extraStopWords) {
        CharArraySet set = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
        set.addAll(extraStopWords);
        return CharArraySet.unmodifiableSet(set);
    }

    static TokenStream withoutStopWords(TokenStream words, CharArraySet stopSet) {
        return new StopFilter(words, stopSet);
    }

    /** Analyzer used both by the {@code xkqz_chinese} component and to tokenize synonym rules. */
    static Analyzer analyzer() {
        CharArraySet stopSet = stopSet(List.of());
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new HMMChineseTokenizer();
                return new TokenStreamComponents(words, withoutStopWords(words, stopSet));
            }
        };
    }
}
