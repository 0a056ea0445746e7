package cn.xkqz.api.benchmark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * A large synthetic pool for benchmarks: plausible Chinese solution texts assembled from templates per
 * demand scene and industry, the same every run for the same size (fixed seed).
 */
final class SyntheticCatalog {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String[] COUNTIES = {"长垣市", "卫辉市", "辉县市", "获嘉县", "原阳县", "延津县", "封丘县", "新乡县", "红旗区", "牧野区"};
    private static final String[] FIRMS = {"智造", "云联", "数智", "工控", "精益", "慧通", "鼎新", "恒信", "睿达", "优创"};
    private static final Map<String, String> INDUSTRY_NOUNS = Map.of(
            "LIFTING_EQUIPMENT", "起重机",
            "MEDICAL_DEVICES", "医用耗材",
            "AUTO_PARTS", "汽车零部件",
            "NEW_CHEMICALS", "精细化工",
            "GENERAL", "制造企业");
    private static final List<String> INDUSTRIES = List.copyOf(INDUSTRY_NOUNS.keySet());
    private static final Map<String, String[]> SCENES = new LinkedHashMap<>();

    static {
        SCENES.put("EQUIPMENT", new String[] {"设备联网", "预测性维护", "点巡检", "OEE看板", "故障报警", "维修工单"});
        SCENES.put("QUALITY", new String[] {"质量追溯", "SPC分析", "来料检验", "不良品管理", "一物一码", "出厂检验"});
        SCENES.put("PRODUCTION_CONTROL", new String[] {"轻量化MES", "工序报工", "生产看板", "安灯", "在制品管理", "数据采集"});
        SCENES.put("PLANNING_SCHEDULING", new String[] {"APS排产", "订单交期", "产能平衡", "插单调度", "物料齐套", "计划排程"});
        SCENES.put("ENERGY", new String[] {"能耗监测", "分项计量", "碳排放核算", "用电分析", "峰谷电价", "节能诊断"});
        SCENES.put("SAFETY", new String[] {"双重预防", "隐患排查", "危化品监测", "特殊作业", "人员定位", "VOCs监测"});
        SCENES.put("WAREHOUSE_LOGISTICS", new String[] {"WMS仓储", "扫码出入库", "库存盘点", "库位管理", "物流跟踪", "备件库存"});
        SCENES.put("PROCUREMENT", new String[] {"供应商管理", "采购协同", "询比价", "采购订单", "到货验收", "SRM"});
        SCENES.put("MARKETING", new String[] {"CRM客户管理", "报价管理", "经销商订货", "营销小程序", "商机跟进", "合同管理"});
        SCENES.put("AFTER_SALES", new String[] {"远程运维", "售后工单", "备件服务", "设备回访", "客户报修", "服务知识库"});
        SCENES.put("FINANCE", new String[] {"业财一体化", "成本核算", "应收管理", "费用报销", "财务报表", "发票管理"});
        SCENES.put("HR", new String[] {"计件工资", "考勤排班", "技能矩阵", "绩效考核", "招聘管理", "培训记录"});
        SCENES.put("PRODUCT_DESIGN", new String[] {"三维设计", "参数化选型", "PLM图文档", "BOM管理", "设计变更", "仿真分析"});
        SCENES.put("PROCESS_DESIGN", new String[] {"工艺路线", "焊接工艺", "CAPP", "工艺参数", "作业指导书", "工时定额"});
        SCENES.put("COLLABORATION", new String[] {"协同办公", "电子审批", "电子签章", "项目协同", "知识文档", "移动办公"});
        SCENES.put("SUPPLY_CHAIN", new String[] {"供应链协同", "上下游对账", "订单协同", "库存共享", "物流协同", "质量协同"});
        SCENES.put("DATA_SECURITY", new String[] {"工控安全", "数据备份", "终端防护", "等保合规", "日志审计", "网络隔离"});
    }

    private static final List<String> SCENE_CODES = List.copyOf(SCENES.keySet());
    private static final String[] BENEFITS = {"降本增效", "减少人工统计", "缩短交付周期", "提升一次合格率", "降低停机时间", "数据实时可视"};
    private static final String[] DEPLOY = {"按年订阅，开箱即用", "本地部署，断网可用", "云边协同，分期上线", "小程序加看板，一周上线"};
    private static final String[] MODES = {"SAAS", "ON_PREMISE", "HYBRID"};

    private SyntheticCatalog() {}

    /**
     * The pool as import files of at most {@code perFile} solutions, each with the providers it uses. Each
     * file is made as the iteration reaches it, so a large pool never sits in memory whole (the benchmark
     * shares its JVM, and so its heap, with the app).
     */
    static Iterable<Map<String, Object>> files(int solutions, int perFile) {
        return () -> new Iterator<>() {
            private final Random random = new Random(20261128L);
            private final List<Map<String, Object>> providers = providers(Math.max(1, solutions / 200), random);
            private int start;

            @Override
            public boolean hasNext() {
                return start < solutions;
            }

            @Override
            public Map<String, Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Map<String, Map<String, Object>> used = new LinkedHashMap<>();
                List<Map<String, Object>> batch = new ArrayList<>();
                for (int i = start; i < Math.min(solutions, start + perFile); i++) {
                    Map<String, Object> provider = providers.get(i % providers.size());
                    used.put((String) provider.get("ref"), provider);
                    batch.add(solution(i, (String) provider.get("ref"), random));
                }
                start += perFile;
                return Map.of("providers", new ArrayList<>(used.values()), "solutions", batch);
            }
        };
    }

    private static List<Map<String, Object>> providers(int count, Random random) {
        List<Map<String, Object>> providers = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            providers.add(provider(p, random));
        }
        return providers;
    }

    private static Map<String, Object> provider(int n, Random random) {
        String county = COUNTIES[n % COUNTIES.length];
        return Map.of(
                "ref",
                "P" + n,
                "name",
                county + FIRMS[random.nextInt(FIRMS.length)] + "数字科技" + n + "号有限公司",
                "creditCode",
                creditCode(n),
                "county",
                county,
                "description",
                "服务" + county + "中小制造企业数字化转型的服务商。",
                "industries",
                List.of("GENERAL"));
    }

    private static Map<String, Object> solution(int n, String providerRef, Random random) {
        String industry = INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
        String scene = SCENE_CODES.get(random.nextInt(SCENE_CODES.size()));
        String second = SCENE_CODES.get(random.nextInt(SCENE_CODES.size()));
        String[] terms = SCENES.get(scene);
        String term = terms[random.nextInt(terms.length)];
        String other = terms[random.nextInt(terms.length)];
        String noun = INDUSTRY_NOUNS.get(industry);
        long min = 5_000L * (1 + random.nextInt(40));
        Map<String, Object> solution = new LinkedHashMap<>();
        solution.put("ref", "S" + n);
        solution.put("providerRef", providerRef);
        solution.put("name", noun + term + "解决方案" + n);
        solution.put(
                "summary",
                "面向" + noun + "企业的" + term + "与" + other + "，" + BENEFITS[random.nextInt(BENEFITS.length)] + "。");
        solution.put(
                "description",
                "针对" + noun + "企业" + term + "环节的痛点，提供" + other + "、数据采集和统计分析，"
                        + DEPLOY[random.nextInt(DEPLOY.length)] + "。典型客户实施后" + BENEFITS[random.nextInt(BENEFITS.length)]
                        + "，投入产出比高，适合中小企业“小快轻准”改造。");
        solution.put("industries", List.of(industry));
        solution.put("scenes", scene.equals(second) ? List.of(scene) : List.of(scene, second));
        solution.put("keywords", List.of(term, other));
        solution.put("deliveryMode", MODES[random.nextInt(MODES.length)]);
        solution.put("priceYuan", Map.of("min", min, "max", min * (2 + random.nextInt(4))));
        solution.put("deliveryDays", 7 + random.nextInt(90));
        solution.put("openApi", random.nextBoolean());
        solution.put(
                "cases",
                List.of(Map.of(
                        "enterprise", "新乡某" + noun + "企业", "outcome", BENEFITS[random.nextInt(BENEFITS.length)])));
        return solution;
    }

    static String creditCode(int n) {
        StringBuilder code = new StringBuilder("91410700MA");
        String digits = String.format("%07d", n);
        for (char c : digits.toCharArray()) {
            code.append(c);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(CHARSET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** A diagnosis's pain points, in managers' words. */
    static List<Map<String, Object>> painPoints() {
        return List.of(
                Map.of("text", "冲压线设备经常突然停机，停机前没有预警，维修全靠老师傅经验", "scene", "EQUIPMENT", "severity", 3),
                Map.of("text", "减震器装配漏装错装时有发生，主机厂投诉后查不到是哪一批", "scene", "QUALITY", "severity", 3),
                Map.of("text", "月底盘点库存总对不上，备件找不到放在哪个库位", "severity", 2),
                Map.of("text", "电费一年比一年高，不知道哪台设备最耗电", "severity", 2),
                Map.of("text", "订单一多就排不过来，插单全靠计划员拍脑袋", "scene", "PLANNING_SCHEDULING", "severity", 1));
    }

    /** Searches people make, with and without filters. */
    static List<String> queries() {
        return List.of(
                "q=MES",
                "q=设备联网",
                "q=能耗监测&industry=NEW_CHEMICALS",
                "q=质量追溯&industry=MEDICAL_DEVICES",
                "q=排产",
                "q=计件工资",
                "q=库存盘点&scene=WAREHOUSE_LOGISTICS",
                "q=预测性维护&priceMax=100000",
                "q=焊接工艺&industry=LIFTING_EQUIPMENT",
                "q=危化品监测&openApi=true",
                "q=电子签章",
                "q=供应商管理&deliveryMode=SAAS",
                "industry=AUTO_PARTS&scene=QUALITY",
                "q=碳排放核算",
                "q=远程运维&industry=LIFTING_EQUIPMENT");
    }
}
