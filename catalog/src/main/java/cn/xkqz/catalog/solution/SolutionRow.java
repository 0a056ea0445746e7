package cn.xkqz.catalog.solution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The solution table's row; the public shape is {@link Solution}. */
@Table("solution")
record SolutionRow(
        @Id UUID id,
        UUID providerId,
        String name,
        String summary,
        String description,
        List<String> industries,
        List<String> scenes,
        List<String> keywords,
        DeliveryMode deliveryMode,
        long priceMin,
        long priceMax,
        int deliveryDays,
        boolean openApi,
        CustomerCases cases,
        SolutionStatus status,
        @Version long version,
        Instant createdAt,
        Instant updatedAt,
        Instant lastConfirmedAt) {}
