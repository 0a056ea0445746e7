package cn.xkqz.catalog.importing;

import java.util.List;

/**
 * The bureau's list of enterprises as a sheet gives it: its non-empty rows' cell texts, with the row
 * numbers the sheet shows (from 1), so that errors point at the cell to fix. The header is the first row
 * naming a roster column (a title above it is skipped); the rows below it are enterprises.
 */
public record RosterFile(List<Line> rows) {

    /** At most this many enterprises an import. */
    public static final int MAX_ROWS = 50_000;

    public RosterFile {
        rows = List.copyOf(rows);
    }

    /** A data row: its number in the sheet and its cells' texts ("" for an empty cell). */
    public record Line(int row, List<String> cells) {

        public Line {
            cells = List.copyOf(cells);
        }

        String cell(int column) {
            return column < cells.size() ? cells.get(column).strip() : "";
        }
    }
}
