package cn.xkqz.api.spreadsheet;

import java.util.List;

/** A non-empty row of a sheet: its number as the sheet shows it (from 1) and its cells as text ("" if empty). */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }
}
