package com.rolecompare.content;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "content_revision")
class ContentRevision {

    @Id
    private Integer id;

    @Column(nullable = false)
    private long revision;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected ContentRevision() {
    }
}
