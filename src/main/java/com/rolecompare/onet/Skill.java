package com.rolecompare.onet;

import java.math.BigDecimal;
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

/** One of O*NET's 35 skills, with its mean importance over every rated occupation and its name per language. */
@Entity
@Table(name = "skill")
class Skill {

    @Id
    private Long id;

    @Column(name = "element_id", nullable = false)
    private String elementId;

    @Column(nullable = false)
    private int position;

    @Column(name = "mean_importance", nullable = false)
    private BigDecimal meanImportance;

    @ElementCollection
    @CollectionTable(name = "skill_text", joinColumns = @JoinColumn(name = "skill_id"))
    @MapKeyColumn(name = "locale")
    @Column(name = "name", nullable = false)
    private Map<String, String> names = new HashMap<>();

    protected Skill() {
    }
}
