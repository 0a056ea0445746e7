package cn.xkqz.pilot.acceptance;

import cn.xkqz.catalog.lifecycle.LifecycleAction;

/** How a decision moves a project, as its lifecycle log names it: accepted (level 2 or above) or failed. */
enum AcceptanceOutcome implements LifecycleAction {
    ACCEPT,
    FAIL;

    @Override
    public boolean byOwner() {
        return false;
    }

    @Override
    public boolean needsComment() {
        return false;
    }
}
