package com.rolecompare.comparison;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** The editorial part of a comparison of two roles; role A is the one whose slug sorts first. */
@Entity
@Table(name = "comparison")
class Comparison {

    @Id
    private Long id;

    @Column(name = "role_a_id", nullable = false)
    private Long roleAId;

    @Column(name = "role_b_id", nullable = false)
    private Long roleBId;

    @Column(name = "key_dimension_id", nullable = false)
    private Long keyDimensionId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @ElementCollection
    @CollectionTable(name = "comparison_text", joinColumns = @JoinColumn(name = "comparison_id"))
    @MapKeyColumn(name = "locale")
    private Map<String, ComparisonText> texts = new HashMap<>();

    /** Source id to its position in the comparison's list of sources. */
    @ElementCollection
    @CollectionTable(name = "comparison_source", joinColumns = @JoinColumn(name = "comparison_id"))
    @MapKeyColumn(name = "source_id")
    @Column(name = "position", nullable = false)
    private Map<Long, Integer> sourcePositions = new HashMap<>();

    protected Comparison() {
    }
}
