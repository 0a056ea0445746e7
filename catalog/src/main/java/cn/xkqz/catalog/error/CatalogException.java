package cn.xkqz.catalog.error;

/** A request the catalogue refuses; the api module turns each kind into its HTTP status. */
public abstract sealed class CatalogException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException, ForbiddenException {

    protected CatalogException(String message) {
        super(message);
    }
}
