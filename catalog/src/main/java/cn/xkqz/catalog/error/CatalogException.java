package cn.xkqz.catalog.error;

/** A request the catalogue refuses; the api module turns each kind into its HTTP status. */
public abstract sealed class CatalogException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException, ForbiddenException {

    private final String detail;

    protected CatalogException(String message) {
        super(message);
        this.detail = message;
    }

    /** Never null: every refusal is built with the message the client reads. */
    @Override
    public String getMessage() {
        return detail;
    }
}
