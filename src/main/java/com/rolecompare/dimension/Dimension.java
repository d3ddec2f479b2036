package com.rolecompare.dimension;

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

@Entity
@Table(name = "dimension")
class Dimension {

    @Id
    private Long id;

    @Column(name = "dim_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private int position;

    @ElementCollection
    @CollectionTable(name = "dimension_text", joinColumns = @JoinColumn(name = "dimension_id"))
    @MapKeyColumn(name = "locale")
    private Map<String, DimensionText> texts = new HashMap<>();

    protected Dimension() {
    }
}
