package com.rolecompare.role;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The slugs of every role: enough to tell whether an address names roles, without reading the catalog. */
interface RoleSlugs extends Repository<Role, Long> {

    @Query("select r.slug from Role r")
    List<String> all();
}
