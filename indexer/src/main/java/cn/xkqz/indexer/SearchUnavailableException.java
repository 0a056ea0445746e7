package cn.xkqz.indexer;

/** Elasticsearch cannot be reached or cannot serve right now; the catalogue itself is unaffected. */
public class SearchUnavailableException extends RuntimeException {

    private final String detail;

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
        this.detail = message;
    }

    /** Never null: it is logged and stored as the outbox event's last error. */
    @Override
    public String getMessage() {
        return detail;
    }
}
