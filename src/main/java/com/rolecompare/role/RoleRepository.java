package com.rolecompare.role;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RoleRepository extends Repository<Role, Long> {

    @Query("select distinct r from Role r left join fetch r.texts left join fetch r.sourcePositions order by r.position")
    List<Role> findAllWithTexts();

    @Query("select c from OccupationCode c order by c.roleId, c.position")
    List<OccupationCode> findAllCodes();

    @Query("select distinct f from RoleFact f left join fetch f.texts order by f.roleId, f.position")
    List<RoleFact> findAllFacts();

    @Query("select p from RolePoint p order by p.roleId, p.dimensionId, p.locale, p.position")
    List<RolePoint> findAllPoints();
}
