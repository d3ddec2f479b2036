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

/** A family of roles (customer service, projects, ...), named and described in every language. */
@Entity
@Table(name = "role_family")
class RoleFamily {

    @Id
    private Long id;

    @Column(name = "family_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private int position;

    @ElementCollection
    @CollectionTable(name = "role_family_text", joinColumns = @JoinColumn(name = "family_id"))
    @MapKeyColumn(name = "locale")
    private Map<String, RoleFamilyText> texts = new HashMap<>();

    protected RoleFamily() {
    }
}
