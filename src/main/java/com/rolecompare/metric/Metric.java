package com.rolecompare.metric;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** A performance metric of the glossary, with its texts, its calculator's input labels and the names it goes by. */
@Entity
@Table(name = "metric")
class Metric {

    @Id
    private Long id;

    @Column(name = "metric_key", nullable = false)
    private String key;

    @Column(name = "family_key", nullable = false)
    private String family;

    @Column(nullable = false)
    private int position;

    @Column(name = "calc_kind")
    private String calculator;

    @Column(name = "example_inputs")
    private String exampleInputs;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    @ElementCollection
    @CollectionTable(name = "metric_text", joinColumns = @JoinColumn(name = "metric_id"))
    @MapKeyColumn(name = "locale")
    private Map<String, MetricText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "metric_input", joinColumns = @JoinColumn(name = "metric_id"))
    private Set<MetricInput> inputs = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "metric_alias", joinColumns = @JoinColumn(name = "metric_id"))
    private Set<MetricAlias> aliases = new HashSet<>();

    protected Metric() {
    }
}
