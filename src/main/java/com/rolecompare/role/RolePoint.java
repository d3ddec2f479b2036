package com.rolecompare.role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.rolecompare.content.PointView;

/** One point of a role's content for a dimension, in one language. */
@Entity
@Table(name = "role_point")
class RolePoint {

    @Id
    private Long id;

    @Column(name = "role_id", nullable = false)
    private Long roleId;

    @Column(name = "dimension_id", nullable = false)
    private Long dimensionId;

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String headline;

    private String detail;

    protected RolePoint() {
    }

    Long roleId() {
        return roleId;
    }

    Long dimensionId() {
        return dimensionId;
    }

    String locale() {
        return locale;
    }

    PointView toView() {
        return new PointView(headline, detail);
    }
}
