package cn.xkqz.api.pilot;

import static cn.xkqz.api.security.Role.BUREAU;

import cn.xkqz.api.openapi.Anyone;
import cn.xkqz.api.openapi.Roles;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.pilot.event.EventDraft;
import cn.xkqz.pilot.event.EventType;
import cn.xkqz.pilot.event.EventView;
import cn.xkqz.pilot.event.Events;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Events")
@RestController
@RequestMapping("/api/v1/events")
class EventController {

    private final Events events;

    EventController(Events events) {
        this.events = events;
    }

    @Operation(
            operationId = "createEvent",
            summary = "发布活动 Announce an event",
            description = "供需对接（MATCHMAKING）、宣传推广（PROMOTION）、技术交流（TECH_EXCHANGE）或专题轮训（TRAINING）："
                    + "日期、县区与可选名额（不填为不限）；也可登记已举办的活动。 Bureau staff announce an event (or record "
                    + "one already held); no capacity means no limit.")
    @ApiResponse(
            responseCode = "201",
            description = "已发布 Created",
            useReturnTypeSchema = true,
            headers =
                    @Header(
                            name = "Location",
                            description = "新活动的地址 The new event's URL",
                            schema = @Schema(type = "string")))
    @Roles(BUREAU)
    @PostMapping
    Mono<ResponseEntity<EventView>> create(@RequestBody EventDraft draft) {
        return events.create(draft)
                .map(e -> ResponseEntity.created(URI.create("/api/v1/events/" + e.id()))
                        .body(e));
    }

    @Operation(
            operationId = "listEvents",
            summary = "活动列表 List events",
            description = "未举办的在前（日期近的在前），其后是已举办的（新的在前）；可按类型与县区筛选；公开。"
                    + " Upcoming first (soonest first), then past ones (latest first); by type and county; public.")
    @Anyone
    @GetMapping
    Mono<Page<EventView>> list(
            @Parameter(description = "活动类型 Type", example = "MATCHMAKING") @RequestParam(required = false) @Nullable
                    EventType type,
            @Parameter(description = "县区 County", example = "长垣市") @RequestParam(required = false) @Nullable
                    String county,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size)).flatMap(p -> events.list(type, county, p));
    }

    @Operation(
            operationId = "getEvent",
            summary = "查看活动 Get an event",
            description = "活动与报名、签到、签约意向数；公开。 The event with its registration, attendance and intention counts.")
    @Anyone
    @GetMapping("/{id}")
    Mono<EventView> get(
            @Parameter(description = "活动 id Event id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id) {
        return events.get(id);
    }
}
