package cn.xkqz.catalog.lifecycle;

import java.util.List;

/** Where a record stands: its status, what can be done next, and every step so far (newest first). */
public record LifecycleView(String status, List<String> allowedActions, List<Transition> history) {}
