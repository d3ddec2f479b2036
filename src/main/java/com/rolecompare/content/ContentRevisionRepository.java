package com.rolecompare.content;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ContentRevisionRepository extends Repository<ContentRevision, Integer> {

    @Query("select r.revision from ContentRevision r where r.id = 1")
    long current();

    @Query("select r.changedAt from ContentRevision r where r.id = 1")
    java.time.LocalDateTime changedAt();
}
