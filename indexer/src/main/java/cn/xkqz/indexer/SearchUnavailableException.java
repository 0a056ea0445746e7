package cn.xkqz.indexer;

/** Elasticsearch cannot be reached or cannot serve right now; the catalogue itself is unaffected. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
