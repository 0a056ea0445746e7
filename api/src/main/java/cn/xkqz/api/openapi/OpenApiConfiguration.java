package cn.xkqz.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the document says about the whole API: who it is for, its features (tags) and the bearer scheme. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerAuth";

    private static final String DESCRIPTION = """
            新乡市中小企业数字化转型城市试点的公共服务平台：服务商与"小快轻准"解决方案资源池、企业诊断、\
            搜索与供需匹配、推荐清单和奖补测算。

            The public service platform of Xinxiang's SME digital-transformation pilot: the pool of vetted \
            providers and their small, fast, light and precise solutions, enterprise diagnoses, search and \
            matching, recommended lists and subsidy estimates; and the pilot programme: experts, diagnosis by \
            providers, transformation projects, acceptance by expert panels and provider performance.

            - 认证 Auth: `Authorization: Bearer <JWT>`，`role` 声明为 BUREAU、PROVIDER、ENTERPRISE 或 EXPERT；\
            每个操作写明可调用的角色（`x-roles`），所有权由服务再检查。
            - 错误 Errors: RFC 9457 `application/problem+json`（`Problem`），校验错误带 `errors[{field,message}]`。
            - 金额为整数元 Money in whole yuan; ids are UUIDs; `PUT` needs the `version` you read (409 if stale).
            """;

    @Bean
    OpenAPI marketplaceApi(ObjectProvider<BuildProperties> build) {
        String version =
                build.getIfAvailable() == null ? "dev" : build.getObject().getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("新乡\"小快轻准\"数字化服务平台 API")
                        .summary("Xinxiang SME digital transformation service platform API")
                        .version(version)
                        .description(DESCRIPTION)
                        .contact(new Contact().name("平台开发组 Platform developers")))
                // Relative: the document describes the server that serves it, wherever that runs.
                .servers(List.of(new Server().url("/").description("提供本文档的服务 The server of this document")))
                .tags(tags())
                .components(new Components()
                        .securitySchemes(
                                Map.of(
                                        BEARER,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .bearerFormat("JWT")
                                                .description(
                                                        "JWT，`role` 声明为 BUREAU、PROVIDER、ENTERPRISE 或 EXPERT，"
                                                                + "服务商、企业与专家另带 `orgId`。A JWT whose `role` claim names the caller's role.")))
                        .schemas(ProblemSchema.schemas())
                        .responses(ProblemSchema.responses()));
    }

    private static List<Tag> tags() {
        return List.of(
                tag("Search", "搜索", "方案全文检索、分面与联想。Full-text search of listed solutions, facets, suggestions."),
                tag("Matching", "供需匹配", "按痛点与场景为企业排序方案。Solutions ranked for an enterprise's pain points."),
                tag("Solutions", "解决方案", "方案的创建、修改、审核上架、版本与对比。Solutions: editing, review, versions, comparison."),
                tag("Providers", "服务商", "服务商入库、遴选与管理。Providers: profile, vetting and management."),
                tag("Enterprises", "企业与诊断", "企业档案（一企一档）与诊断。Enterprises and their diagnoses."),
                tag("RecommendedLists", "推荐清单", "主管部门的优质方案推荐清单。The bureau's recommended lists."),
                tag("Subsidies", "奖补测算", "按本市奖补规则测算。Subsidy estimates under the city's rules."),
                tag("Taxonomy", "行业与场景", "行业与需求场景代码。Industry and demand-scene codes."),
                tag("CatalogImport", "资源池导入", "导入已遴选的资源池（主管部门）。Loading a vetted pool (bureau)."),
                tag("SearchAdmin", "搜索索引管理", "索引状态、重建与被拒事件（主管部门）。The search index (bureau)."),
                tag("Audit", "审计", "防篡改审计链与签名检查点（主管部门）。The signed audit trail (bureau)."),
                tag("Experts", "专家智库", "专家库、利益冲突申报与服务商遴选的专家评审。The expert pool, conflicts, vetting reviews."),
                tag("Projects", "改造项目", "改造项目的立项、确认、进度与取消。Transformation projects and their progress."),
                tag("Acceptance", "改造验收", "验收专家组、专家意见、验收结论与企业评价。Acceptance panels, reviews, decisions, ratings."),
                tag("Funds", "奖补资金", "资金预算与余额、奖补申请的审核、拨付与收回。Funds, subsidy claims, approvals, payments, clawbacks."),
                tag("Alerts", "需求提醒", "新方案适合企业已保存的需求时的提醒；匿名的需求分布。Alerts for saved needs; anonymous demand."),
                tag("Performance", "服务商绩效", "服务商绩效与需复核名单。Provider performance and the providers to review."),
                tag("Showcases", "样板与链式转型", "样板企业与“链式”转型案例（公开）。Showcases of accepted projects and chain cases."),
                tag("Events", "活动", "供需对接、宣传推广、技术交流与专题轮训：报名、签到、签约意向。Events, registrations, attendance, intentions."),
                tag("Recognitions", "梯度培育", "小升规、专精特新、小巨人与智能车间认定。Enterprises' recognitions and tiers."),
                tag("DevTokens", "开发令牌", "仅 dev 配置：签发本地令牌。Dev profile only: local tokens."));
    }

    private static Tag tag(String name, String chinese, String description) {
        Tag tag = new Tag().name(name).description(description);
        tag.addExtension("x-displayName", chinese + " " + name);
        return tag;
    }
}
