package cn.xkqz.catalog.importing;

import java.util.List;

/**
 * A column of the bureau's list, found by its header text: the roster export's header or the shorter
 * one the bureau's own sheets use. {@code field} is the draft's field it fills, for its errors.
 */
enum RosterColumn {
    NAME("name", true, "企业名称", "名称"),
    CREDIT_CODE("creditCode", true, "统一社会信用代码", "信用代码"),
    INDUSTRY("industry", true, "行业"),
    COUNTY("county", true, "县区"),
    SCALE("scale", true, "规模"),
    SPECIALIZATION("specialization", true, "专精特新"),
    BATCH("batch", true, "批次"),
    CONTACT_NAME("contactName", false, "联系人"),
    CONTACT_PHONE("contactPhone", false, "联系电话");

    final String field;
    final boolean required;
    final List<String> headers;

    RosterColumn(String field, boolean required, String... headers) {
        this.field = field;
        this.required = required;
        this.headers = List.of(headers);
    }

    boolean isHeadedBy(String text) {
        return headers.contains(text.strip());
    }
}
