package cn.xkqz.api.catalog;

import cn.xkqz.api.spreadsheet.Workbooks;
import cn.xkqz.catalog.enterprise.Enterprise;
import cn.xkqz.catalog.enterprise.EnterpriseRoster;
import cn.xkqz.catalog.enterprise.RosterEntry;
import cn.xkqz.catalog.enterprise.RosterFilter;
import cn.xkqz.catalog.taxonomy.Industry;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The roster as the bureau's spreadsheet: Chinese headers, industries by name, enums by their Chinese
 * names. The headers are ones the roster import reads, so an export can be edited and imported back.
 */
@Component
class RosterExport {

    static final List<String> HEADERS =
            List.of("企业名称", "统一社会信用代码", "行业", "县区", "规模", "专精特新", "批次", "状态", "数字化水平", "联系人", "联系电话");

    private final EnterpriseRoster roster;
    private final Taxonomy taxonomy;

    RosterExport(EnterpriseRoster roster, Taxonomy taxonomy) {
        this.roster = roster;
        this.taxonomy = taxonomy;
    }

    /** The .xlsx of the enterprises matching {@code filter}, once the caller may export them. */
    Mono<Flux<DataBuffer>> of(RosterFilter filter, DataBufferFactory buffers) {
        return Mono.zip(
                roster.export(filter),
                taxonomy.industries().map(RosterExport::names),
                (entries, names) -> Workbooks.table("企业名录", HEADERS, entries.map(entry -> row(entry, names)), buffers));
    }

    private static Map<String, String> names(List<Industry> industries) {
        return industries.stream().collect(Collectors.toMap(Industry::code, Industry::name));
    }

    private static List<Object> row(RosterEntry entry, Map<String, String> industryNames) {
        Enterprise e = entry.enterprise();
        return Arrays.asList(
                e.name(),
                e.creditCode(),
                industryNames.getOrDefault(e.industry(), e.industry()),
                e.county(),
                e.scale().label(),
                e.specialization().label(),
                e.batch(),
                e.status().label(),
                entry.level(),
                e.contactName(),
                e.contactPhone());
    }
}
