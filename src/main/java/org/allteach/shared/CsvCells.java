package org.allteach.shared;

/** Cells of the CSV files the portal hands out, which people open in a spreadsheet. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * The text as a spreadsheet shows it: text that a spreadsheet would run as a formula (=, +, -, @, tab, carriage
     * return first) starts with an apostrophe, so a title like "=HYPERLINK(…)" stays text. A plain negative number
     * such as "-0.5" stays a number.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0
                || value.matches("-\\d+(\\.\\d+)?")) {
            return value;
        }
        return "'" + value;
    }
}
