package cn.xkqz.catalog;

import io.r2dbc.spi.Readable;

/**
 * Reads columns the schema declares {@code not null} (or expressions that are never null, such as
 * {@code count(*)}). R2DBC types every column as nullable; this states the schema's promise once and
 * fails loudly, naming the column, if a query ever breaks it.
 */
public final class Columns {

    private Columns() {}

    public static <T> T required(Readable row, String name, Class<T> type) {
        T value = row.get(name, type);
        if (value == null) {
            throw new IllegalStateException("column " + name + " is null although the schema forbids it");
        }
        return value;
    }

    public static <T> T required(Readable row, int index, Class<T> type) {
        T value = row.get(index, type);
        if (value == null) {
            throw new IllegalStateException("column " + index + " is null although the schema forbids it");
        }
        return value;
    }
}
