package com.rolecompare.faq;

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

/** A question and its answer, site-wide or attached to one comparison. */
@Entity
@Table(name = "faq_entry")
class FaqEntry {

    @Id
    private Long id;

    /** Null for a site-wide question. */
    @Column(name = "comparison_id")
    private Long comparisonId;

    @Column(nullable = false)
    private String anchor;

    @Column(nullable = false)
    private int position;

    @ElementCollection
    @CollectionTable(name = "faq_text", joinColumns = @JoinColumn(name = "faq_id"))
    @MapKeyColumn(name = "locale")
    private Map<String, FaqText> texts = new HashMap<>();

    /** Source id to its position among what the answer rests on. */
    @ElementCollection
    @CollectionTable(name = "faq_source", joinColumns = @JoinColumn(name = "faq_id"))
    @MapKeyColumn(name = "source_id")
    @Column(name = "position", nullable = false)
    private Map<Long, Integer> sourcePositions = new HashMap<>();

    protected FaqEntry() {
    }
}
