package cn.xkqz.pilot.acceptance;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.R2dbcRepository;

interface RatingRepository extends R2dbcRepository<Rating, UUID> {}
