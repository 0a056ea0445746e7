package cn.xkqz.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.catalog.TestData;
import cn.xkqz.catalog.TestData.ProviderBuilder;
import cn.xkqz.catalog.TestData.SolutionBuilder;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.solution.CustomerCase;
import cn.xkqz.catalog.solution.PriceRange;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Each rule of a provider or solution, broken alone, is reported on its field with a clear message. */
@SpringBootTest
class DraftValidationTest {

    @Autowired
    CatalogValidator validator;

    @Autowired
    Taxonomy taxonomy;

    Taxonomy.Codes codes;

    @BeforeEach
    void loadCodes() {
        codes = taxonomy.codes().block(Duration.ofSeconds(30));
    }

    @Test
    void validRecordsPass() {
        assertThat(errors(new SolutionBuilder("合格方案").build())).isEmpty();
        assertThat(errors(TestData.provider("合格服务商"))).isEmpty();
        assertThat(errors(TestData.enterprise("合格企业"))).isEmpty();
    }

    static Stream<Arguments> solutionRules() {
        return Stream.of(
                rule("name", "不能为空", s -> s.name = " "),
                rule("name", "100", s -> s.name = "方".repeat(101)),
                rule("summary", "不能为空", s -> s.summary = null),
                rule("summary", "200", s -> s.summary = "要".repeat(201)),
                rule("description", "5000", s -> s.description = "述".repeat(5001)),
                rule("industries", "不能为空", s -> s.industries = List.of()),
                rule("industries[0]", "未知的行业代码“STEEL”", s -> s.industries = List.of("STEEL")),
                rule("industries[1]", "重复", s -> s.industries = List.of("AUTO_PARTS", "AUTO_PARTS")),
                rule("scenes", "不能为空", s -> s.scenes = null),
                rule("scenes[1]", "未知的场景代码“FLYING”", s -> s.scenes = List.of("QUALITY", "FLYING")),
                rule("keywords[0]", "不能为空", s -> s.keywords = List.of("")),
                rule("keywords[1]", "30", s -> s.keywords = List.of("MES", "词".repeat(31))),
                rule("deliveryMode", "不能为null", s -> s.deliveryMode = null),
                rule("priceYuan", "最低价 90000 高于最高价 50000", s -> s.priceYuan = new PriceRange(90_000L, 50_000L)),
                rule("priceYuan.min", "必须是正数或零", s -> s.priceYuan = new PriceRange(-1L, 50_000L)),
                rule("priceYuan.max", "不能为null", s -> s.priceYuan = new PriceRange(1L, null)),
                rule("priceYuan", "不能为null", s -> s.priceYuan = null),
                rule("deliveryDays", "最小不能小于1", s -> s.deliveryDays = 0),
                rule("openApi", "不能为null", s -> s.openApi = null),
                rule("cases[0].outcome", "不能为空", s -> s.cases = List.of(new CustomerCase("某厂", null, ""))),
                rule(
                        "cases[0].industry",
                        "未知的行业代码“FOOD”",
                        s -> s.cases = List.of(new CustomerCase("某厂", "FOOD", "提效"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("solutionRules")
    void solutionRuleIsReportedOnItsField(String field, String message, Consumer<SolutionBuilder> breakIt) {
        SolutionBuilder solution = new SolutionBuilder("待校验方案");
        breakIt.accept(solution);

        assertThat(errors(solution.build())).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(message);
        });
    }

    static Stream<Arguments> providerRules() {
        return Stream.of(
                providerRule("name", "不能为空", p -> p.name = ""),
                providerRule("creditCode", "不能为null", p -> p.creditCode = null),
                providerRule("creditCode", "校验位错误", p -> p.creditCode = "91350100M000100Y44"),
                providerRule("creditCode", "必须是18位", p -> p.creditCode = "913501"),
                providerRule("county", "不能为空", p -> p.county = null),
                providerRule("industries[0]", "未知的行业代码", p -> p.industries = List.of("MINING")),
                providerRule("contactPhone", "只能包含数字", p -> p.contactPhone = "call me"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("providerRules")
    void providerRuleIsReportedOnItsField(String field, String message, Consumer<ProviderBuilder> breakIt) {
        ProviderBuilder provider = new ProviderBuilder("待校验服务商");
        breakIt.accept(provider);

        assertThat(errors(provider.build())).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void creditCodesAreNormalisedBeforeTheyAreChecked() {
        ProviderBuilder provider = new ProviderBuilder("小写代码服务商");
        provider.creditCode = " 91350100m000100y43 ";

        assertThat(provider.build().creditCode()).isEqualTo("91350100M000100Y43");
        assertThat(errors(provider.build())).isEmpty();
    }

    private List<FieldError> errors(CheckedCommand command) {
        Violations violations = new Violations();
        validator.check(command, codes, "", violations);
        return violations.errors();
    }

    private static Arguments rule(String field, String message, Consumer<SolutionBuilder> breakIt) {
        return Arguments.of(field, message, breakIt);
    }

    private static Arguments providerRule(String field, String message, Consumer<ProviderBuilder> breakIt) {
        return Arguments.of(field, message, breakIt);
    }
}
