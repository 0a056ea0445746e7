package cn.xkqz.catalog.error;

/** The current actor may not do this to that record (someone else's profile, a bureau-only step). */
public final class ForbiddenException extends CatalogException {

    public ForbiddenException(String message) {
        super(message);
    }
}
