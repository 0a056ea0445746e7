/**
 * Spreadsheets (.xlsx, Apache POI) in and out, independent of what they hold: {@link Workbooks#table}
 * streams a table as a download, {@link SheetReader} reads the first sheet of an upload as text rows.
 */
@NullMarked
package cn.xkqz.api.spreadsheet;

import org.jspecify.annotations.NullMarked;
