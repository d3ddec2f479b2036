package com.rolecompare.support;

import java.util.List;

/** The slugs of the catalog's 25 roles, family by family: stable addresses that tests hold the site to. */
public final class CatalogSlugs {

    public static final List<String> SLUGS = List.of("call-center-agent", "customer-service-team-leader",
            "call-center-project-manager", "call-center-manager", "technical-support-specialist", "receptionist",
            "telemarketer", "sales-representative", "sales-manager", "marketing-manager", "project-manager",
            "it-project-manager", "construction-project-manager", "product-manager", "management-consultant",
            "operations-manager", "supply-chain-manager", "data-analyst", "systems-analyst", "software-developer",
            "training-specialist", "hr-specialist", "hr-manager", "executive-assistant",
            "administrative-services-manager");

    private CatalogSlugs() {
    }
}
