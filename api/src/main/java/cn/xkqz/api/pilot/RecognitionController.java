package cn.xkqz.api.pilot;

import static cn.xkqz.api.security.Role.BUREAU;
import static cn.xkqz.api.security.Role.ENTERPRISE;

import cn.xkqz.api.openapi.Roles;
import cn.xkqz.pilot.recognition.Recognition;
import cn.xkqz.pilot.recognition.RecognitionDraft;
import cn.xkqz.pilot.recognition.Recognitions;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Recognitions")
@RestController
@RequestMapping("/api/v1/enterprises/{id}/recognitions")
class RecognitionController {

    private final Recognitions recognitions;

    RecognitionController(Recognitions recognitions) {
        this.recognitions = recognitions;
    }

    @Operation(
            operationId = "recordRecognition",
            summary = "登记企业认定 Record a recognition",
            description = "小升规（ABOVE_SCALE）、省级专精特新、国家级小巨人或智能车间，注明认定日期（不得晚于今天）；"
                    + "同一种认定只能登记一次（409）。前三种同时提升企业档案的规模或专精特新状态，企业的 `tier` 随之变化。"
                    + " A dated recognition, each kind once; a tier recognition raises the enterprise's scale or "
                    + "specialization, so its `tier` follows.")
    @ApiResponse(responseCode = "201", description = "已登记 Recorded", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "已登记过该认定 Already recorded")
    @Roles(BUREAU)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Recognition> record(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id,
            @RequestBody RecognitionDraft draft) {
        return recognitions.record(id, draft);
    }

    @Operation(
            operationId = "listRecognitions",
            summary = "企业的认定 An enterprise's recognitions",
            description = "按认定日期排列；企业本身与主管部门可见。 Oldest first; the enterprise itself and bureau staff.")
    @Roles({ENTERPRISE, BUREAU})
    @GetMapping
    Mono<List<Recognition>> list(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @PathVariable
                    UUID id) {
        return recognitions.list(id);
    }
}
