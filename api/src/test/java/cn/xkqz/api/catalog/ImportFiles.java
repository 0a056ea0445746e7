package cn.xkqz.api.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Import files as a client would send them (plain JSON maps), with fresh credit codes per file. */
public final class ImportFiles {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private ImportFiles() {}

    /** One provider (P1) with two solutions (S1, S2), names prefixed with {@code tag}. */
    public static Map<String, Object> small(String tag) {
        Map<String, Object> provider = new HashMap<>(Map.of(
                "ref", "P1",
                "name", tag + "数字工厂科技",
                "creditCode", creditCode(),
                "county", "辉县市",
                "description", "为化工和医疗器械企业提供安全与质量数字化服务。",
                "industries", List.of("NEW_CHEMICALS", "MEDICAL_DEVICES"),
                "contactName", "赵工",
                "contactPhone", "0373-6251234"));
        return new HashMap<>(Map.of(
                "providers",
                List.of(provider),
                "solutions",
                new ArrayList<>(List.of(solution("S1", tag + "危化品仓库温湿度监测"), solution("S2", tag + "无菌敷料批记录电子化")))));
    }

    public static Map<String, Object> solution(String ref, String name) {
        return new HashMap<>(Map.ofEntries(
                Map.entry("ref", ref),
                Map.entry("providerRef", "P1"),
                Map.entry("name", name),
                Map.entry("summary", "传感器加小程序，超限自动报警。"),
                Map.entry("description", "仓库布设温湿度与可燃气体传感器，数据每分钟上传，超限短信和电话报警，自动生成巡检记录。"),
                Map.entry("industries", List.of("NEW_CHEMICALS")),
                Map.entry("scenes", List.of("SAFETY", "WAREHOUSE_LOGISTICS")),
                Map.entry("keywords", List.of("温湿度", "报警")),
                Map.entry("deliveryMode", "SAAS"),
                Map.entry("priceYuan", Map.of("min", 8000, "max", 30000)),
                Map.entry("deliveryDays", 7),
                Map.entry("openApi", false),
                Map.entry(
                        "cases",
                        List.of(Map.of(
                                "enterprise", "获嘉某精细化工厂", "industry", "NEW_CHEMICALS", "outcome", "夜间巡检减少一半")))));
    }

    /** An enterprise in {@code industry}, with a fresh credit code; a mutable map, to add or change fields. */
    public static Map<String, Object> enterprise(String name, String industry) {
        return new HashMap<>(Map.of(
                "name",
                name,
                "creditCode",
                creditCode(),
                "industry",
                industry,
                "county",
                "新乡县",
                "scale",
                "BELOW",
                "specialization",
                "NONE",
                "batch",
                1));
    }

    public static String creditCode() {
        StringBuilder code = new StringBuilder("91410724MA");
        for (int i = 0; i < 7; i++) {
            code.append(CHARSET.charAt(ThreadLocalRandom.current().nextInt(CHARSET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(CHARSET.charAt((31 - sum % 31) % 31)).toString();
    }
}
