package com.rolecompare.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 4180 cells, and cells a spreadsheet would run as formulas made harmless. */
class CsvTest {

    @Test
    void quotesCellsWithCommasQuotesOrLineBreaksAndEndsRowsWithCrlf() {
        String csv = new Csv().row("plain", "a,b", "say \"hi\"", "two\nlines", null, 3).row("中文").toString();

        assertThat(csv).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,3\r\n中文\r\n");
    }

    @Test
    void prefixesWhatASpreadsheetWouldReadAsAFormula() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
        assertThat(Csv.cell("")).isEmpty();
    }
}
