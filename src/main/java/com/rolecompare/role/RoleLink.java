package com.rolecompare.role;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A sourced way from one role to another: a next step up a ladder, or an occupation O*NET relates to it. */
@Entity
@Table(name = "role_link")
@IdClass(RoleLink.Key.class)
class RoleLink {

    record Key(Long roleId, Long otherRoleId, String kind) implements Serializable {
    }

    @Id
    @Column(name = "role_id")
    private Long roleId;

    @Id
    @Column(name = "other_role_id")
    private Long otherRoleId;

    @Id
    private String kind;

    @Column(nullable = false)
    private int position;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    protected RoleLink() {
    }
}
