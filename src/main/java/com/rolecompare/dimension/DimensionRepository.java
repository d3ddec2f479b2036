package com.rolecompare.dimension;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DimensionRepository extends Repository<Dimension, Long> {

    @Query("select distinct d from Dimension d left join fetch d.texts order by d.position")
    List<Dimension> findAllWithTexts();
}
