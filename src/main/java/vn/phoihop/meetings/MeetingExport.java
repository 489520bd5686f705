package vn.phoihop.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The register of a year as a spreadsheet: one sheet of meetings with their state and figures, one
 * of the actions the minutes assigned with their state, as the user sees them on the register.
 */
@Component
class MeetingExport {

    private static final String[] MEETING_COLUMNS = {"id", "title", "kind", "status", "heldOn", "minutesNumber", "updates", "actions"};
    private static final String[] ACTION_COLUMNS = {"id", "organization", "content", "dueOn", "status", "doneAt", "onTime"};

    private final MessageSource messages;

    MeetingExport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(List<MeetingRegister.Row> rows, Map<String, String> organizationNames, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet meetings = sheet(workbook, message("meetings.export.meetings", locale), "meetings.export.col.", MEETING_COLUMNS, bold, locale);
            Sheet actions = sheet(workbook, message("meetings.export.actions", locale), "meetings.export.action.", ACTION_COLUMNS, bold, locale);
            int m = 1;
            int a = 1;
            for (MeetingRegister.Row row : rows) {
                cells(meetings.createRow(m++), row.id(), row.title(), message("meetings.kind." + row.kind(), locale),
                        message("meetings.status." + row.status(), locale), day(row.heldOn()), row.minutesNumber(),
                        row.updatesSent() + "/" + row.updatesAsked(), row.actionsDone() + "/" + row.actionsTotal());
                for (MeetingAction action : row.actions()) {
                    cells(actions.createRow(a++), row.id(), organizationNames.getOrDefault(action.organization(), action.organization()),
                            action.content(), day(action.dueOn()), message("meetings.action.status." + action.status(), locale),
                            action.doneAt() == null ? "" : MeetingFormValues.DAY.format(action.doneAt().atZone(vn.phoihop.portal.ProvinceClock.ZONE)),
                            action.status() == ActionStatus.DONE ? message(action.doneOnTime() ? "meetings.yes" : "meetings.no", locale) : "");
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sheet sheet(XSSFWorkbook workbook, String name, String prefix, String[] columns, CellStyle bold, Locale locale) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            header.createCell(i).setCellValue(message(prefix + columns[i], locale));
            header.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
        }
    }

    private static String day(LocalDate date) {
        return date == null ? "" : MeetingFormValues.DAY.format(date);
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
