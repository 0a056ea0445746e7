package cn.xkqz.pilot.showcase;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One result of a showcase: a metric before and after the transformation, in the order given. */
@Table("showcase_result")
record ShowcaseResult(
        @Id UUID id,
        UUID showcaseId,
        int position,
        String metric,
        @Column("before_value") String before,
        @Column("after_value") String after) {}
