package com.rolecompare.role;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A title people also use for a role, in one language, with the source that uses it. */
@Entity
@Table(name = "role_title")
@IdClass(RoleTitle.Key.class)
class RoleTitle {

    record Key(Long roleId, String locale, Integer position) implements Serializable {
    }

    @Id
    @Column(name = "role_id")
    private Long roleId;

    @Id
    private String locale;

    @Id
    private Integer position;

    @Column(nullable = false)
    private String title;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    protected RoleTitle() {
    }
}
