package cn.xkqz.catalog.enterprise;

import java.time.Instant;
import java.util.UUID;
import org.mapstruct.Mapper;

@Mapper
interface EnterpriseMapper {

    Enterprise toEnterprise(
            EnterpriseDraft draft, UUID id, RosterStatus status, long version, Instant createdAt, Instant updatedAt);

    EnterpriseDraft toDraft(Enterprise enterprise);
}
