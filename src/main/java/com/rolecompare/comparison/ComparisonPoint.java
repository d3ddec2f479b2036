package com.rolecompare.comparison;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.rolecompare.content.LocalizedPoint;

/** One point of an editorial section, in one language. */
@Entity
@Table(name = "comparison_point")
class ComparisonPoint extends LocalizedPoint {

    enum Section {
        KEY_DIFFERENCE, CONCLUSION
    }

    @Id
    private Long id;

    @Column(name = "comparison_id", nullable = false)
    private Long comparisonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Section section;

    protected ComparisonPoint() {
    }
}
