package com.rolecompare.role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An official occupation code; the title stays in the classification's own language. */
@Entity
@Table(name = "occupation_code")
class OccupationCode {

    @Id
    private Long id;

    @Column(name = "role_id", nullable = false)
    private Long roleId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String scheme;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    protected OccupationCode() {
    }
}
