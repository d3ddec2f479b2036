package com.rolecompare.role;

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

/** A fact about a role beyond the seed article, with its source. */
@Entity
@Table(name = "role_fact")
class RoleFact {

    @Id
    private Long id;

    @Column(name = "role_id", nullable = false)
    private Long roleId;

    @Column(nullable = false)
    private int position;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    @ElementCollection
    @CollectionTable(name = "role_fact_text", joinColumns = @JoinColumn(name = "fact_id"))
    @MapKeyColumn(name = "locale")
    @Column(name = "body", nullable = false)
    private Map<String, String> texts = new HashMap<>();

    protected RoleFact() {
    }
}
