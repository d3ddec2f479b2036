package com.rolecompare.api;

/**
 * Text in RFC 4180's CSV format: comma-separated cells, CRLF after every row, a cell quoted (its quotes doubled) when
 * it holds a comma, a quote or a line break. A cell that a spreadsheet would read as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with a single quote, so opening
 * the file never runs anything.
 */
final class Csv {

    private final StringBuilder text = new StringBuilder();

    Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells[i] == null ? "" : cells[i].toString()));
        }
        text.append("\r\n");
        return this;
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
