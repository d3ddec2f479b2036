package com.rolecompare.comparison;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ComparisonRepository extends Repository<Comparison, Long> {

    @Query("select distinct c from Comparison c left join fetch c.texts left join fetch c.sourcePositions order by c.id")
    List<Comparison> findAllWithTexts();

    @Query("select p from ComparisonPoint p order by p.comparisonId, p.section, p.locale, p.position")
    List<ComparisonPoint> findAllPoints();
}
