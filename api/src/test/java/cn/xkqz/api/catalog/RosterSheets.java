package cn.xkqz.api.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;

/** Roster sheets as the bureau keeps them (.xlsx via POI), and reading one back. */
public final class RosterSheets {

    /** The bureau's own headers, in its own order: not the export's. */
    public static final List<String> HEADERS = List.of("信用代码", "名称", "县区", "行业", "规模", "专精特新", "批次", "联系人", "联系电话");

    private RosterSheets() {}

    /** One row of {@link #HEADERS}: a valid enterprise in {@code county}. */
    public static List<Object> row(String name, String creditCode, String county) {
        return new ArrayList<>(List.of(creditCode, name, county, "起重装备", "规上", "省级专精特新", 2, "孙建国", "13800001111"));
    }

    /** An .xlsx with a title row above the header (as the bureau's sheets have), then {@code rows}. */
    public static byte[] xlsx(List<String> headers, List<? extends List<?>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("名录");
            sheet.createRow(0).createCell(0).setCellValue("新乡市中小企业数字化转型试点企业名单");
            write(sheet.createRow(2), headers);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(3 + i), rows.get(i));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet row number (as Excel shows it) of {@code rows.get(index)} in {@link #xlsx}. */
    public static int sheetRow(int index) {
        return 4 + index;
    }

    public static MultiValueMap<String, HttpEntity<?>> upload(byte[] file) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", file)
                .filename("名录.xlsx")
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        return body.build();
    }

    /** Every row of the first sheet, cells as Excel shows them. */
    public static List<List<String>> read(byte[] xlsx) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
    }
}
