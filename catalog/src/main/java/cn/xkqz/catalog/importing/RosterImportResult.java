package cn.xkqz.catalog.importing;

import java.util.Map;
import java.util.UUID;

/** What a roster import did, and the id of each credit code of the file, in file order. */
public record RosterImportResult(int created, int updated, int unchanged, Map<String, UUID> ids) {}
