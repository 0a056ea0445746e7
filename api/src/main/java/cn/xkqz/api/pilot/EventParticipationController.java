package cn.xkqz.api.pilot;

import static cn.xkqz.api.security.Role.BUREAU;
import static cn.xkqz.api.security.Role.ENTERPRISE;
import static cn.xkqz.api.security.Role.PROVIDER;

import cn.xkqz.api.openapi.Roles;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.pilot.event.AttendanceRequest;
import cn.xkqz.pilot.event.EventParticipation;
import cn.xkqz.pilot.event.EventView;
import cn.xkqz.pilot.event.IntentionDraft;
import cn.xkqz.pilot.event.IntentionView;
import cn.xkqz.pilot.event.RegistrationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Events")
@RestController
@RequestMapping("/api/v1/events/{id}")
class EventParticipationController {

    private final EventParticipation participation;

    EventParticipationController(EventParticipation participation) {
        this.participation = participation;
    }

    @Operation(
            operationId = "registerForEvent",
            summary = "报名活动 Register for an event",
            description = "企业或服务商为本方报名（无请求体）。已报名、名额已满或活动已举办时 409。"
                    + " An enterprise or provider registers itself; twice, past capacity or after the day: 409.")
    @ApiResponse(responseCode = "201", description = "已报名 Registered", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "已报名、名额已满或活动已举办 Already registered, full, or past")
    @Roles({ENTERPRISE, PROVIDER})
    @PostMapping("/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<RegistrationView> register(
            @Parameter(description = "活动 id Event id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id) {
        return participation.register(id);
    }

    @Operation(
            operationId = "listEventRegistrations",
            summary = "报名名单 An event's registrations",
            description = "按报名先后，含是否签到；主管部门。 In the order they came, with attendance; bureau staff.")
    @Roles(BUREAU)
    @GetMapping("/registrations")
    Mono<Page<RegistrationView>> registrations(
            @Parameter(description = "活动 id Event id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size)).flatMap(p -> participation.registrations(id, p));
    }

    @Operation(
            operationId = "markEventAttendance",
            summary = "登记签到 Mark attendance",
            description = "主管部门登记到场的已报名企业与服务商（`orgIds`）；有未报名的则 400，均不登记。"
                    + " Bureau staff mark registered enterprises and providers as attended; any not registered: 400.")
    @Roles(BUREAU)
    @PostMapping("/attendance")
    Mono<EventView> attend(
            @Parameter(description = "活动 id Event id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id,
            @RequestBody AttendanceRequest request) {
        return participation.attend(id, request);
    }

    @Operation(
            operationId = "signEventIntention",
            summary = "登记签约意向 Record a signed intention",
            description = "活动上已报名的企业与服务商签订的合作意向；之后二者立项时，意向的 `projectId` 自动指向该项目"
                    + "（活动当日或之后的首个未取消项目）。任一方未报名时 409。 An intention between a registered enterprise "
                    + "and provider; it links to their first project opened on or after the event's day.")
    @ApiResponse(responseCode = "201", description = "已登记 Recorded", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "企业或服务商未报名本次活动 Not registered for the event")
    @Roles(BUREAU)
    @PostMapping("/intentions")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<IntentionView> sign(
            @Parameter(description = "活动 id Event id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id,
            @RequestBody IntentionDraft draft) {
        return participation.sign(id, draft);
    }

    @Operation(
            operationId = "listEventIntentions",
            summary = "签约意向 An event's intentions",
            description = "活动上签订的意向及其促成的项目；主管部门。 The intentions signed at the event and the projects "
                    + "they led to; bureau staff.")
    @Roles(BUREAU)
    @GetMapping("/intentions")
    Mono<List<IntentionView>> intentions(
            @Parameter(description = "活动 id Event id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id) {
        return participation.intentions(id);
    }
}
