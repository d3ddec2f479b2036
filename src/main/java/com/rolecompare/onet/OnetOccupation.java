package com.rolecompare.onet;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An O*NET 29.3 occupation the catalog uses, with the figures pages show. */
@Entity
@Table(name = "onet_occupation")
class OnetOccupation {

    @Id
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(name = "job_zone")
    private Integer jobZone;

    @Column(name = "education_level")
    private Integer educationLevel;

    @Column(name = "education_share")
    private BigDecimal educationShare;

    @Column(nullable = false)
    private boolean rated;

    protected OnetOccupation() {
    }
}
