package cn.xkqz.catalog.importing;

import java.util.List;

/**
 * The bureau's list of enterprises as a sheet gives it: the header row's texts and each data row's cell
 * texts, with the row numbers the sheet shows (from 1), so that errors point at the cell to fix.
 */
public record RosterFile(int headerRow, List<String> headers, List<Line> lines) {

    /** At most this many data rows an import. */
    public static final int MAX_ROWS = 50_000;

    public RosterFile {
        headers = List.copyOf(headers);
        lines = List.copyOf(lines);
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
