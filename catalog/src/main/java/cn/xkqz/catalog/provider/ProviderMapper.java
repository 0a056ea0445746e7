package cn.xkqz.catalog.provider;

import java.time.Instant;
import java.util.UUID;
import org.mapstruct.Mapper;

@Mapper
interface ProviderMapper {

    ProviderDraft toDraft(Provider provider);

    Provider toProvider(
            ProviderDraft draft, UUID id, ProviderStatus status, long version, Instant createdAt, Instant updatedAt);
}
