package com.rolecompare.role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.rolecompare.content.LocalizedPoint;

/** One point of a role's content for a dimension, in one language. */
@Entity
@Table(name = "role_point")
class RolePoint extends LocalizedPoint {

    @Id
    private Long id;

    @Column(name = "role_id", nullable = false)
    private Long roleId;

    @Column(name = "dimension_id", nullable = false)
    private Long dimensionId;

    protected RolePoint() {
    }
}
