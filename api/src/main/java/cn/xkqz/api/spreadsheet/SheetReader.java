package cn.xkqz.api.spreadsheet;

import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx as text rows, the way the sheet shows them (numbers and dates
 * formatted as displayed). Event-based (SAX), so a sheet of tens of thousands of rows is read without
 * building it in memory; blocking. Anything that is not an .xlsx is bad input (400), named {@code field}.
 */
public final class SheetReader {

    private SheetReader() {}

    /**
     * The sheet's non-empty rows, at most {@code maxRows}: one more is bad input (the file is too long).
     *
     * @param field the request part the file came in, for errors
     */
    public static List<SheetRow> firstSheet(byte[] xlsx, int maxRows, String field) {
        Rows rows = new Rows(maxRows);
        try (OPCPackage file = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            XSSFReader reader = new XSSFReader(file);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw invalid(field, "文件中没有工作表");
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(
                    reader.getStylesTable(), reader.getSharedStringsTable(), rows, new DataFormatter(), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (TooManyRows e) {
            throw invalid(field, "表格超过 " + maxRows + " 行，请分批导入");
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | UnsupportedFileFormatException
                | POIXMLException e) {
            throw invalid(field, "不是有效的 .xlsx 文件（Excel 2007 及以后的格式）");
        }
        return rows.rows;
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException("无法读取上传的表格：" + message, List.of(new FieldError(field, message)));
    }

    /** Collects rows; cells are placed by their reference (B3), so empty cells keep their column. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int max;
        private final List<SheetRow> rows = new ArrayList<>();
        private List<String> cells = new ArrayList<>();

        Rows(int max) {
            this.max = max;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (rows.size() == max) {
                throw new TooManyRows();
            }
            rows.add(new SheetRow(rowNum + 1, cells));
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Stops the parse as soon as the sheet is known to be too long. */
    private static final class TooManyRows extends RuntimeException {

        TooManyRows() {
            super(null, null, false, false);
        }
    }
}
