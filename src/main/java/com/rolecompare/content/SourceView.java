package com.rolecompare.content;

import java.time.LocalDate;

/** Where a piece of content comes from; credited on every page that shows it. */
public record SourceView(long id, String key, String title, String publisher, String url,
        Integer publishedYear, LocalDate accessedOn) {
}
