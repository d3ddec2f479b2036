package com.rolecompare.content;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "source")
class Source {

    @Id
    private Long id;

    @Column(name = "source_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String publisher;

    @Column(nullable = false)
    private String url;

    @Column(name = "published_year")
    private Integer publishedYear;

    @Column(name = "accessed_on", nullable = false)
    private LocalDate accessedOn;

    protected Source() {
    }
}
