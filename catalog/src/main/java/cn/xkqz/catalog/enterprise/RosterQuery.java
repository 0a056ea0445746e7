package cn.xkqz.catalog.enterprise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of a roster filter: only the criteria given become conditions (so every bind has a value and
 * a type), and the latest diagnosis is joined once, for the level filter and the level shown.
 */
record RosterQuery(String from, Map<String, Object> binds) {

    private static final String COLUMNS = "e.id, e.credit_code, e.name, e.industry, e.county, e.scale,"
            + " e.specialization, e.batch, e.status, e.contact_name, e.contact_phone, e.version, e.created_at,"
            + " e.updated_at, latest.level";

    static RosterQuery of(RosterFilter filter, @Nullable UUID assignedTo) {
        List<String> where = new ArrayList<>();
        Map<String, Object> binds = new LinkedHashMap<>();
        add(where, binds, "e.batch = :batch", "batch", filter.batch());
        add(where, binds, "e.county = :county", "county", filter.county());
        add(where, binds, "e.industry = :industry", "industry", filter.industry());
        add(where, binds, "e.scale = :scale", "scale", name(filter.scale()));
        add(where, binds, "e.specialization = :specialization", "specialization", name(filter.specialization()));
        add(where, binds, "e.status = :status", "status", name(filter.status()));
        add(where, binds, "latest.level = :level", "level", filter.level());
        add(
                where,
                binds,
                "exists (select 1 from diagnosis_assignment a where a.enterprise_id = e.id and a.provider_id = :provider)",
                "provider",
                assignedTo);
        String from = """
                from enterprise e
                left join lateral (select d.level from diagnosis d where d.enterprise_id = e.id
                                   order by d.version_no desc limit 1) latest on true""" + (where.isEmpty() ? "" : "\nwhere " + String.join("\n  and ", where));
        return new RosterQuery(from, binds);
    }

    String count() {
        return "select count(*) " + from;
    }

    /** Newest first; the id breaks ties so that pages never overlap. */
    String select(@Nullable Integer limit, long offset) {
        return "select " + COLUMNS + "\n" + from + "\norder by e.created_at desc, e.id"
                + (limit == null ? "" : "\nlimit " + limit + " offset " + offset);
    }

    private static void add(
            List<String> where, Map<String, Object> binds, String condition, String name, @Nullable Object value) {
        if (value != null) {
            where.add(condition);
            binds.put(name, value);
        }
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
