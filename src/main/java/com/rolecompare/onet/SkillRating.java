package com.rolecompare.onet;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** How important a skill is to an occupation (1-5) and at what level it is needed (0-7). */
@Entity
@Table(name = "onet_skill_rating")
@IdClass(SkillRating.Key.class)
class SkillRating {

    record Key(String code, Long skillId) implements Serializable {
    }

    @Id
    private String code;

    @Id
    @Column(name = "skill_id")
    private Long skillId;

    @Column(nullable = false)
    private BigDecimal importance;

    @Column(name = "skill_level", nullable = false)
    private BigDecimal level;

    protected SkillRating() {
    }
}
