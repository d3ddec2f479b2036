package com.rolecompare.content;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** The columns every ordered, per-language point shares: its language, place, headline, detail and source. */
@MappedSuperclass
public abstract class LocalizedPoint {

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String headline;

    private String detail;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    protected LocalizedPoint() {
    }
}
