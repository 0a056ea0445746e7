package cn.xkqz.catalog.taxonomy;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An industry of the pilot (起重装备, 汽车零部件, …) or GENERAL for cross-industry solutions. */
@Table("industry")
public record Industry(@Id String code, String name, String note) {

    public static final String GENERAL = "GENERAL";
}
