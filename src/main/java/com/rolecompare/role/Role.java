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

    @Column(name = "family_id", nullable = false)
    private Long familyId;

    /** The O*NET occupation whose figures describe the role ({@code onetMatch}: exact or nearest), or null. */
    @Column(name = "onet_code")
    private String onetCode;

    @Column(name = "onet_match")
    private String onetMatch;

    /** The rated O*NET occupation whose skill ratings are shown: its own, a labelled stand-in, or null. */
    @Column(name = "ratings_code")
    private String ratingsCode;

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
}
