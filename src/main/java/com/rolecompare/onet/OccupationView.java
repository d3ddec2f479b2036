package com.rolecompare.onet;

import java.math.BigDecimal;

import com.rolecompare.content.SourceView;

/**
 * An O*NET occupation with the figures pages show.
 *
 * @param jobZone 1 (little preparation) to 5 (extensive), or null
 * @param educationLevel the most common required level of education, O*NET category 1-12, or null
 * @param educationShare the share of respondents who named that level, in percent, or null
 * @param rated whether O*NET 29.3 has skill ratings for it
 * @param source the occupation's O*NET page
 */
public record OccupationView(String code, String title, Integer jobZone, Integer educationLevel,
        BigDecimal educationShare, boolean rated, SourceView source) {
}
