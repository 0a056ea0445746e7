package cn.xkqz.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Ready-made analyzer: the smartcn tokenizer followed by the punctuation stop filter. */
@NamedComponent("xkqz_chinese")
public class ChineseAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return ChineseAnalysis.analyzer();
    }
}
