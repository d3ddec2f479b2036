"""The catalog's roles and the O*NET occupations behind them: the one list the generators read.

slug -> (O*NET-SOC code or None, 'exact' | 'nearest' | None, code of the rated occupation whose skill
ratings are shown, or None). A stand-in (ratings code differs from the role's own code) is labelled on pages.
"""

ROLES = {
    'call-center-agent': ('43-4051.00', 'exact', '43-4051.00'),
    'project-manager': ('13-1082.00', 'exact', '15-1299.09'),
    'customer-service-team-leader': ('43-1011.00', 'exact', '43-1011.00'),
    'call-center-project-manager': ('43-1011.00', 'nearest', '43-1011.00'),
    'call-center-manager': ('11-1021.00', 'nearest', '11-1021.00'),
    'telemarketer': ('41-9041.00', 'exact', '41-9041.00'),
    'technical-support-specialist': ('15-1232.00', 'exact', '15-1232.00'),
    'receptionist': ('43-4171.00', 'exact', '43-4171.00'),
    'sales-representative': ('41-4012.00', 'nearest', '41-4012.00'),
    'sales-manager': ('11-2022.00', 'exact', '11-2022.00'),
    'marketing-manager': ('11-2021.00', 'exact', '11-2021.00'),
    'operations-manager': ('11-1021.00', 'exact', '11-1021.00'),
    'supply-chain-manager': ('11-3071.04', 'exact', '11-3071.04'),
    'it-project-manager': ('15-1299.09', 'exact', '15-1299.09'),
    'construction-project-manager': ('11-9021.00', 'exact', '11-9021.00'),
    'product-manager': (None, None, None),
    'management-consultant': ('13-1111.00', 'exact', '13-1111.00'),
    'data-analyst': ('15-2051.01', 'exact', '15-2051.01'),
    'systems-analyst': ('15-1211.00', 'exact', '15-1211.00'),
    'software-developer': ('15-1252.00', 'exact', '15-1251.00'),
    'training-specialist': ('13-1151.00', 'exact', '13-1151.00'),
    'hr-specialist': ('13-1071.00', 'exact', '13-1071.00'),
    'hr-manager': ('11-3121.00', 'exact', '11-3121.00'),
    'executive-assistant': ('43-6011.00', 'exact', '43-6011.00'),
    'administrative-services-manager': ('11-3012.00', 'exact', '11-3012.00'),
}


def codes():
    """Every O*NET occupation the catalog needs: the roles' own and the stand-ins, sorted."""
    found = set()
    for code, _, ratings in ROLES.values():
        found.update(c for c in (code, ratings) if c)
    return sorted(found)
