package cn.xkqz.catalog.error;

/** The request collides with the current state: a stale version, or a key that is already taken. */
public final class ConflictException extends CatalogException {

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException staleVersion(String what, Object id, long given) {
        return new ConflictException(what + " " + id + " 已被他人修改（你提交的 version 为 " + given + "）：请重新读取最新版本后再提交");
    }
}
