package com.rolecompare.comparison;

import com.rolecompare.onet.Transition;
import com.rolecompare.role.RoleView;

/**
 * Moving from one role of a pair to the other, by O*NET's figures; the other direction is another move.
 *
 * @param transition what the skill ratings say, or null when either role has none
 */
public record Move(RoleView from, RoleView to, Transition transition) {

    public boolean possible() {
        return transition != null;
    }
}
