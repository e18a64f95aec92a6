package org.allteach.credits.document;

/** Cells of the CSV files credit hands out, which people open in a spreadsheet. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * The text as a spreadsheet shows it: text that a spreadsheet would run as a formula (=, +, -, @, tab, carriage
     * return first) starts with an apostrophe, so a title like "=HYPERLINK(…)" stays text.
     */
    public static String safe(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
