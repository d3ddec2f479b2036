package com.rolecompare.faq;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface FaqRepository extends Repository<FaqEntry, Long> {

    @Query("select distinct f from FaqEntry f left join fetch f.texts order by f.position, f.id")
    List<FaqEntry> findAllWithTexts();
}
