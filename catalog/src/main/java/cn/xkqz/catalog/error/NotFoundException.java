package cn.xkqz.catalog.error;

/** No record of that kind has that id. */
public final class NotFoundException extends CatalogException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " 不存在");
    }

    /** For absences that are not "no record with this id", said in full. */
    public NotFoundException(String message) {
        super(message);
    }
}
