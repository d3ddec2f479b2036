package com.rolecompare.content;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SourceRepository extends Repository<Source, Long> {

    List<Source> findAll();
}
