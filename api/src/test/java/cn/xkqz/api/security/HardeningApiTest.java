package cn.xkqz.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.Tokens;
import cn.xkqz.api.catalog.ImportFiles;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/** Body limits without Content-Length, tokens missing claims, and control characters in parameters. */
@ApiTest
class HardeningApiTest {

    private static final int MB = 1024 * 1024;

    @Autowired
    WebTestClient anonymous;

    @Autowired
    JwtEncoder tokens;

    @Test
    void aChunkedBodyOverTheLimitIs413() {
        byte[] head = "{\"industry\":\"AUTO_PARTS\",\"pad\":\"".getBytes(StandardCharsets.UTF_8);
        anonymous
                .post()
                .uri("/api/v1/matches")
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunked(head, 2 * MB, "\"}"), DataBuffer.class)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("请求体过大");
    }

    @Test
    void aChunkedImportMayBeLargerThanOtherBodies() {
        byte[] file = JsonMapper.builder().build().writeValueAsBytes(ImportFiles.small("分块上传"));
        Tokens.bureau(anonymous)
                .post()
                .uri("/api/v1/admin/imports/catalog")
                .contentType(MediaType.APPLICATION_JSON)
                // JSON allows any amount of whitespace after the value: 2 MB of it.
                .body(chunked(file, 2 * MB, ""), DataBuffer.class)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @ParameterizedTest
    @CsvSource({"sub, 令牌缺少 sub 声明", "exp, 令牌缺少 exp 声明"})
    void aTokenWithoutSubOrExpIs401NamingTheClaim(String missing, String message) {
        String token = mint(claims -> claims.remove(missing));

        anonymous
                .post()
                .uri("/api/v1/enterprises")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .bodyValue(ImportFiles.enterprise("缺声明令牌企业", "AUTO_PARTS"))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains(message));
    }

    @Test
    void aTokenWithEveryClaimIsAccepted() {
        anonymous
                .get()
                .uri("/api/v1/admin/audit/verify")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + mint(claims -> {}))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/search/solutions?q={v}, q",
        "/api/v1/search/suggest?prefix={v}, prefix",
        "/api/v1/solutions?status={v}, status"
    })
    void aControlCharacterInAParameterIs400NamingIt(String uri, String parameter) {
        anonymous
                .get()
                .uri(uri, "钢丝绳\u0000")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(parameter)
                .jsonPath("$.errors[0].message")
                .value(m -> assertThat((String) m).contains("U+0000"));
    }

    /** A bureau token signed by the dev key, as the token endpoint makes it, then changed by {@code edit}. */
    private String mint(Consumer<Map<String, Object>> edit) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(DevTokens.ISSUER)
                .subject("hardening-test")
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600))
                .claim(Actors.ROLE_CLAIM, "BUREAU");
        claims.claims(edit);
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        return tokens.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    /** {@code head}, {@code padding} spaces and {@code tail}, in 64 KB chunks and without a length. */
    private static Flux<DataBuffer> chunked(byte[] head, int padding, String tail) {
        byte[] spaces = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        return Flux.concat(
                        Flux.just(head),
                        Flux.range(0, padding / spaces.length).map(i -> spaces),
                        Flux.just(tail.getBytes(StandardCharsets.UTF_8)))
                .map(DefaultDataBufferFactory.sharedInstance::wrap);
    }
}
