package cn.xkqz.catalog;

import cn.xkqz.catalog.enterprise.EnterpriseDraft;
import cn.xkqz.catalog.enterprise.EnterpriseScale;
import cn.xkqz.catalog.enterprise.Specialization;
import cn.xkqz.catalog.importing.CatalogImport;
import cn.xkqz.catalog.importing.ImportedProvider;
import cn.xkqz.catalog.importing.ImportedSolution;
import cn.xkqz.catalog.provider.ProviderDraft;
import cn.xkqz.catalog.solution.CustomerCase;
import cn.xkqz.catalog.solution.DeliveryMode;
import cn.xkqz.catalog.solution.PriceRange;
import cn.xkqz.catalog.solution.SolutionDraft;
import cn.xkqz.catalog.validation.CreditCodes;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Valid catalogue records with fresh keys, so that tests sharing one database never collide. */
public final class TestData {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestData() {}

    /** A credit code that passes the check-character test, different on every call. */
    public static String creditCode() {
        StringBuilder code = new StringBuilder("91410700MA");
        for (int i = 0; i < 7; i++) {
            code.append(CHARSET.charAt(ThreadLocalRandom.current().nextInt(CHARSET.length())));
        }
        return code.append(CreditCodes.checkCharacter(code.toString())).toString();
    }

    public static ProviderDraft provider(String name) {
        return new ProviderBuilder(name).build();
    }

    public static SolutionDraft solution(String name) {
        return new SolutionBuilder(name).build();
    }

    /** A valid provider whose fields a test may change before {@link #build()}. */
    public static final class ProviderBuilder {
        public String name;
        public String creditCode = creditCode();
        public String county = "卫辉市";
        public String description = "为起重机和汽车零部件企业提供设备联网与质量追溯服务。";
        public List<String> industries = List.of("LIFTING_EQUIPMENT", "AUTO_PARTS");
        public String contactName = "王工";
        public String contactPhone = "0373-4412345";

        public ProviderBuilder(String name) {
            this.name = name;
        }

        public ProviderDraft build() {
            return new ProviderDraft(name, creditCode, county, description, industries, contactName, contactPhone);
        }
    }

    /** A valid solution whose fields a test may change before {@link #build()}. */
    public static final class SolutionBuilder {
        public String name;
        public String summary = "桥式起重机加装传感器，远程看运行状态和故障报警。";
        public String description = "在起重机电控柜加装物联网模块，采集起升电流、运行次数和故障代码，手机端实时报警，按载荷谱提醒维保。";
        public List<String> industries = List.of("LIFTING_EQUIPMENT");
        public List<String> scenes = List.of("EQUIPMENT", "AFTER_SALES");
        public List<String> keywords = List.of("远程监控", "故障报警");
        public DeliveryMode deliveryMode = DeliveryMode.SAAS;
        public PriceRange priceYuan = new PriceRange(20_000L, 60_000L);
        public Integer deliveryDays = 30;
        public Boolean openApi = true;
        public List<CustomerCase> cases = List.of(new CustomerCase("长垣某起重机厂", "LIFTING_EQUIPMENT", "售后出差减少三成"));

        public SolutionBuilder(String name) {
            this.name = name;
        }

        public SolutionDraft build() {
            return new SolutionDraft(
                    name,
                    summary,
                    description,
                    industries,
                    scenes,
                    keywords,
                    deliveryMode,
                    priceYuan,
                    deliveryDays,
                    openApi,
                    cases);
        }
    }

    public static EnterpriseDraft enterprise(String name) {
        return new EnterpriseDraft(
                name,
                creditCode(),
                "AUTO_PARTS",
                "新乡经开区",
                EnterpriseScale.ABOVE,
                Specialization.PROVINCIAL,
                1,
                "李经理",
                "13800001111");
    }

    /** Two providers and three solutions, the refs prefixed with {@code tag}. */
    public static CatalogImport importFile(String tag) {
        return new CatalogImport(
                List.of(
                        new ImportedProvider("P1", provider(tag + "起重云科技")),
                        new ImportedProvider("P2", provider(tag + "质量数智"))),
                List.of(
                        new ImportedSolution("S1", "P1", solution(tag + "起重机远程运维")),
                        new ImportedSolution("S2", "P1", solution(tag + "电动葫芦追溯")),
                        new ImportedSolution("S3", "P2", solution(tag + "减震器SPC质量分析"))));
    }
}
