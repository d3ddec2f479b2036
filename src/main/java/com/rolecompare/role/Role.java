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

@Entity
@Table(name = "role")
class Role {

    @Id
    private Long id;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private int position;

    @ElementCollection
    @CollectionTable(name = "role_text", joinColumns = @JoinColumn(name = "role_id"))
    @MapKeyColumn(name = "locale")
    private Map<String, RoleText> texts = new HashMap<>();

    /** Source id to its position in the role's list of sources. */
    @ElementCollection
    @CollectionTable(name = "role_source", joinColumns = @JoinColumn(name = "role_id"))
    @MapKeyColumn(name = "source_id")
    @Column(name = "position", nullable = false)
    private Map<Long, Integer> sourcePositions = new HashMap<>();

    protected Role() {
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    int position() {
        return position;
    }

    Map<String, RoleText> texts() {
        return texts;
    }

    Map<Long, Integer> sourcePositions() {
        return sourcePositions;
    }
}
