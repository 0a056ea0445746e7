package cn.xkqz.api.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** One streamed sheet: the header row, then rows as they come; blocking (POI writes temporary files). */
final class TableWriter implements AutoCloseable {

    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 200;

    /** Excel's column width unit is 1/256 of a character; capped so a long text does not make a wall. */
    private static final int MAX_WIDTH_CHARS = 60;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Sheet sheet;
    private final int[] widths;
    private int next;

    TableWriter(String sheetName, List<String> headers) {
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(sheetName);
        widths = new int[headers.size()];
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        Row row = write(headers);
        row.forEach(cell -> cell.setCellStyle(header));
        sheet.createFreezePane(0, 1);
    }

    void append(List<?> cells) {
        write(cells);
    }

    void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH_CHARS) + 2) * 256);
        }
        workbook.write(out);
    }

    private Row write(List<?> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            String text = value instanceof Number number ? number.toString() : value.toString();
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else {
                row.createCell(i).setCellValue(text);
            }
            if (i < widths.length) {
                widths[i] = Math.max(widths[i], displayWidth(text));
            }
        }
        return row;
    }

    /** Chinese characters take two columns' worth of width. */
    private static int displayWidth(String text) {
        return text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
    }

    /** Deletes the temporary file. */
    @Override
    public void close() {
        try {
            workbook.dispose();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
