package vn.haugiang.newsroom.indexer.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** The report's {@link ReportTable} as CSV (UTF-8 with a BOM, so Excel reads Vietnamese) or XLSX (one sheet). */
final class ReportExports {

    private static final char BOM = '\uFEFF';

    private ReportExports() {
    }

    static byte[] csv(YearlyReport report) {
        var bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write(BOM);
            csv.printRecord(ReportTable.HEADER);
            for (List<@Nullable Object> row : ReportTable.rows(report)) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One sheet "Năm <year>": the header row (bold, frozen), then the table; numbers as numeric cells. */
    static byte[] xlsx(YearlyReport report) {
        try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Năm " + report.year());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < ReportTable.HEADER.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(ReportTable.HEADER.get(i));
                cell.setCellStyle(bold);
                // no autoSizeColumn: it needs AWT fonts, absent on a headless server
                sheet.setColumnWidth(i, (i == 3 || i == 11 ? 60 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<@Nullable Object> values : ReportTable.rows(report)) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
