package cn.xkqz.localstack;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a local-stack startup failure into Boot's short failure report instead of a stack trace. */
class LocalStackFailureAnalyzer extends AbstractFailureAnalyzer<LocalStackException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LocalStackException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the cause above, or point the app at running servers with SPRING_R2DBC_URL and"
                        + " SPRING_ELASTICSEARCH_URIS (then the local stack starts nothing).",
                cause);
    }
}
