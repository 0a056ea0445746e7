package cn.xkqz.catalog.enterprise;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.R2dbcRepository;

interface EnterpriseRepository extends R2dbcRepository<Enterprise, UUID> {}
