package cn.xkqz.catalog.importing;

import java.util.Map;
import java.util.UUID;

/** The id each {@code ref} of the file has in the catalogue, in file order. */
public record ImportResult(Map<String, UUID> providers, Map<String, UUID> solutions) {}
