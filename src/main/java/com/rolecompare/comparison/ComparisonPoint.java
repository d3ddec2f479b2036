package com.rolecompare.comparison;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.rolecompare.content.PointView;

/** One point of an editorial section, in one language. */
@Entity
@Table(name = "comparison_point")
class ComparisonPoint {

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

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String headline;

    private String detail;

    protected ComparisonPoint() {
    }

    Long comparisonId() {
        return comparisonId;
    }

    Section section() {
        return section;
    }

    String locale() {
        return locale;
    }

    PointView toView() {
        return new PointView(headline, detail);
    }
}
