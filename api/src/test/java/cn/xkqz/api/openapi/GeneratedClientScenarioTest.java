package cn.xkqz.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xkqz.api.ApiTest;
import cn.xkqz.api.catalog.ImportFiles;
import cn.xkqz.client.ApiClient;
import cn.xkqz.client.ApiException;
import cn.xkqz.client.api.DevTokensApi;
import cn.xkqz.client.api.MatchingApi;
import cn.xkqz.client.api.ProvidersApi;
import cn.xkqz.client.api.SearchApi;
import cn.xkqz.client.api.SolutionsApi;
import cn.xkqz.client.model.CustomerCase;
import cn.xkqz.client.model.Hit;
import cn.xkqz.client.model.Item;
import cn.xkqz.client.model.MatchRequest;
import cn.xkqz.client.model.NewSolution;
import cn.xkqz.client.model.PainPoint;
import cn.xkqz.client.model.PriceRange;
import cn.xkqz.client.model.Provider;
import cn.xkqz.client.model.ProviderDraft;
import cn.xkqz.client.model.ProviderTransitionRequest;
import cn.xkqz.client.model.ProviderTransitionRequest.ActionEnum;
import cn.xkqz.client.model.Solution;
import cn.xkqz.client.model.SolutionTransitionRequest;
import cn.xkqz.client.model.TokenRequest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Java client generated from docs/openapi.json (api/pom.xml) drives one real scenario, so the document is
 * proved usable, not only valid: a provider applies and lists a solution, bureau staff approve both, an
 * enterprise finds the solution and a match returns it. Only the generated client talks to the app, and it
 * fails on properties the document does not declare. When it cannot read an answer, fix the document.
 */
@ApiTest
class GeneratedClientScenarioTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Test
    void aProviderListsASolutionTheBureauApprovesItAndAnEnterpriseFindsAndMatchesIt() throws ApiException {
        ApiClient bureau = client("BUREAU", null);
        Provider applied = new ProvidersApi(client("PROVIDER", UUID.randomUUID()))
                .createProvider(new ProviderDraft()
                        .name("新乡钢丝绳探伤科技")
                        .creditCode(ImportFiles.creditCode())
                        .county("长垣市")
                        .description("起重机钢丝绳在线探伤与预警服务。")
                        .industries(List.of("LIFTING_EQUIPMENT"))
                        .contactName("王工"));
        assertThat(applied.getStatus()).isEqualTo(Provider.StatusEnum.APPLIED);

        ProvidersApi vetting = new ProvidersApi(bureau);
        UUID providerId = applied.getId();
        vetting.transitionProvider(providerId, providerStep(ActionEnum.PASS_PRELIMINARY));
        vetting.transitionProvider(providerId, providerStep(ActionEnum.PASS_EXPERT));
        vetting.transitionProvider(
                providerId, providerStep(ActionEnum.PUBLICIZE).date(TODAY));
        Provider active = vetting.transitionProvider(providerId, providerStep(ActionEnum.ACTIVATE));
        assertThat(active.getStatus()).isEqualTo(Provider.StatusEnum.ACTIVE);

        SolutionsApi itself = new SolutionsApi(client("PROVIDER", providerId));
        Solution draft = itself.createSolution(newSolution(providerId));
        UUID id = draft.getId();
        itself.transitionSolution(id, solutionStep(SolutionTransitionRequest.ActionEnum.SUBMIT, "请审核"));
        SolutionsApi review = new SolutionsApi(bureau);
        Solution listed = review.transitionSolution(
                id,
                solutionStep(SolutionTransitionRequest.ActionEnum.APPROVE, "材料齐全，同意上架")
                        .version(review.getSolution(id).getVersion()));
        assertThat(listed.getStatus()).isEqualTo(Solution.StatusEnum.LISTED);

        ApiClient enterprise = client("ENTERPRISE", UUID.randomUUID());
        SearchApi search = new SearchApi(enterprise);
        MatchingApi matching = new MatchingApi(enterprise);
        // The search index follows the catalogue through the outbox, moments later.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Hit> hits = search.searchSolutions("钢丝绳断丝", null, null, null, null, null, 0, 20)
                    .getItems();
            assertThat(hits).extracting(Hit::getId).contains(id.toString());
            List<Item> matched = matching.matchSolutions(new MatchRequest()
                            .industry("LIFTING_EQUIPMENT")
                            .painPoints(List.of(new PainPoint()
                                    .text("起重机钢丝绳断丝靠人工目测，隐患发现不及时")
                                    .scene("SAFETY")
                                    .severity(3)))
                            .demandScenes(List.of("SAFETY", "EQUIPMENT"))
                            .budgetYuan(100000L)
                            .size(10))
                    .getItems();
            assertThat(matched).extracting(Item::getSolutionId).contains(id.toString());
        });
    }

    private static NewSolution newSolution(UUID providerId) {
        return new NewSolution()
                .providerId(providerId)
                .name("起重机钢丝绳断丝智能检测")
                .summary("磁检测传感器加云平台，断丝超限自动报警。")
                .description("在起重机钢丝绳上加装漏磁检测传感器，实时识别断丝和磨损，超限短信报警并生成点检记录。")
                .industries(List.of("LIFTING_EQUIPMENT"))
                .scenes(List.of("SAFETY", "EQUIPMENT"))
                .keywords(List.of("钢丝绳", "断丝", "点检"))
                .deliveryMode(NewSolution.DeliveryModeEnum.SAAS)
                .priceYuan(new PriceRange().min(20000L).max(60000L))
                .deliveryDays(14)
                .openApi(false)
                .cases(List.of(new CustomerCase()
                        .enterprise("长垣某起重机厂")
                        .industry("LIFTING_EQUIPMENT")
                        .outcome("断丝隐患提前两周发现")));
    }

    private static ProviderTransitionRequest providerStep(ActionEnum action) {
        return new ProviderTransitionRequest().action(action).comment("按程序办理");
    }

    private static SolutionTransitionRequest solutionStep(SolutionTransitionRequest.ActionEnum action, String why) {
        return new SolutionTransitionRequest().action(action).comment(why);
    }

    /** A generated client that sends a dev token for {@code role}, and refuses undeclared properties. */
    private ApiClient client(String role, @Nullable UUID orgId) throws ApiException {
        TokenRequest request = new TokenRequest().role(role);
        if (orgId != null) {
            request.orgId(orgId.toString());
        }
        String token = new DevTokensApi(anonymous()).createDevToken(request).getToken();
        return anonymous().setRequestInterceptor(outgoing -> outgoing.header("Authorization", "Bearer " + token));
    }

    private ApiClient anonymous() {
        // HTTP/1.1 as the app speaks it: the JDK client's default asks every request to upgrade to h2c.
        return new ApiClient(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1),
                ApiClient.createDefaultObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
                "http://localhost:" + port);
    }
}
