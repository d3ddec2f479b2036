package com.rolecompare.api;

import java.util.function.Supplier;

import com.rolecompare.web.PageKey;

/**
 * A CSV file an API controller returns: its key (as {@link ApiAnswer}'s), the file name a browser saves it under, and
 * how to build its text, built only for a full answer. Or the canonical address it moved to.
 */
record CsvDownload(PageKey key, String fileName, Supplier<String> csv, boolean moved) {

    static CsvDownload of(PageKey key, String fileName, Supplier<String> csv) {
        return new CsvDownload(key, fileName, csv, false);
    }

    static CsvDownload movedTo(PageKey canonical) {
        return new CsvDownload(canonical, null, null, true);
    }
}
