package cn.xkqz.pilot.expert;

import java.util.List;

/** The fields of expertise of the expert pool (专家智库), as the city's call for experts names them. */
public final class ExpertFields {

    public static final List<String> ALL =
            List.of("工业互联网", "工业控制", "软件服务", "人工智能", "大数据", "云计算", "信息安全", "智能制造", "节能环保", "质量管理", "财务", "法律");

    private ExpertFields() {}
}
