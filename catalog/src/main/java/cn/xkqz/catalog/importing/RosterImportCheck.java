package cn.xkqz.catalog.importing;

import cn.xkqz.catalog.enterprise.EnterpriseDraft;
import cn.xkqz.catalog.enterprise.EnterpriseScale;
import cn.xkqz.catalog.enterprise.Labelled;
import cn.xkqz.catalog.enterprise.Specialization;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.Quoted;
import cn.xkqz.catalog.taxonomy.Industry;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.catalog.validation.Violations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every rule of a roster sheet, checked before anything is written: the header has the required columns,
 * each row makes a valid enterprise (industry by code or Chinese name, 规模 and 专精特新 by code or
 * Chinese name), and no credit code appears twice. An error names its cell as the sheet shows it,
 * {@code 第 5 行 统一社会信用代码}.
 */
final class RosterImportCheck {

    /** A sheet with more bad cells than this is reported by its first ones. */
    static final int MAX_ERRORS = 1_000;

    private final CatalogValidator validator;
    private final Taxonomy.Codes codes;
    private final Map<String, String> industryByName;
    private final Violations violations = new Violations();
    private final Set<Integer> badRows = new LinkedHashSet<>();

    RosterImportCheck(CatalogValidator validator, Taxonomy.Codes codes, List<Industry> industries) {
        this.validator = validator;
        this.codes = codes;
        this.industryByName = industries.stream().collect(Collectors.toMap(Industry::name, Industry::code));
    }

    /** The enterprises of the sheet, in its order; fails with every bad cell (up to {@link #MAX_ERRORS}). */
    List<EnterpriseDraft> run(RosterFile file) {
        int headerIndex = headerIndex(file.rows());
        if (headerIndex < 0) {
            violations.add("文件", "找不到表头：表中应有“名称”“信用代码”“行业”“县区”“规模”“专精特新”“批次”等列");
            violations.throwIfAny("导入被拒绝：找不到表头，未写入任何数据");
        }
        RosterFile.Line header = file.rows().get(headerIndex);
        List<RosterFile.Line> lines =
                file.rows().subList(headerIndex + 1, file.rows().size());
        Map<RosterColumn, Integer> columns = columns(header);
        violations.throwIfAny("导入被拒绝：表头有误，未写入任何数据");
        if (lines.isEmpty()) {
            violations.add("文件", "表中没有企业数据");
        } else if (lines.size() > RosterFile.MAX_ROWS) {
            violations.add("文件", "一次最多导入 " + RosterFile.MAX_ROWS + " 家企业，请分批导入");
        }
        violations.throwIfAny("导入被拒绝，未写入任何数据");
        List<EnterpriseDraft> drafts = new ArrayList<>();
        Map<String, Integer> rowByCreditCode = new HashMap<>();
        for (RosterFile.Line line : lines) {
            if (violations.errors().size() >= MAX_ERRORS) {
                break;
            }
            EnterpriseDraft draft = draft(header, columns, line);
            Integer first = rowByCreditCode.putIfAbsent(draft.creditCode(), line.row());
            if (first != null && !draft.creditCode().isEmpty()) {
                add(line.row(), header(header, columns, RosterColumn.CREDIT_CODE), "与第 " + first + " 行的统一社会信用代码重复");
            }
            drafts.add(draft);
        }
        violations.throwIfAny(rejection());
        return drafts;
    }

    /** The first row naming a roster column; -1 when there is none. */
    private static int headerIndex(List<RosterFile.Line> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cells().stream()
                    .anyMatch(text -> Arrays.stream(RosterColumn.values()).anyMatch(c -> c.isHeadedBy(text)))) {
                return i;
            }
        }
        return -1;
    }

    /** Where each column is; a required one missing, or one given twice, is an error of the header row. */
    private Map<RosterColumn, Integer> columns(RosterFile.Line header) {
        Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
        String field = "第 " + header.row() + " 行 表头";
        for (int i = 0; i < header.cells().size(); i++) {
            int index = i;
            String text = header.cells().get(i);
            Arrays.stream(RosterColumn.values())
                    .filter(column -> column.isHeadedBy(text))
                    .findFirst()
                    .ifPresent(column -> {
                        if (columns.putIfAbsent(column, index) != null) {
                            violations.add(field, "列" + Quoted.value(text.strip()) + "出现了不止一次");
                        }
                    });
        }
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required && !columns.containsKey(column)) {
                violations.add(field, "缺少必填列" + Quoted.value(String.join("”或“", column.headers)));
            }
        }
        return columns;
    }

    /**
     * The row's enterprise. A cell that cannot be read (规模 of 大型) is reported here and given a stand-in,
     * so that the row's other cells are still checked; a row with errors is never written.
     */
    private EnterpriseDraft draft(RosterFile.Line header, Map<RosterColumn, Integer> columns, RosterFile.Line line) {
        Violations cells = new Violations();
        String industry = text(columns, line, RosterColumn.INDUSTRY);
        EnterpriseDraft draft = new EnterpriseDraft(
                text(columns, line, RosterColumn.NAME),
                text(columns, line, RosterColumn.CREDIT_CODE),
                industryByName.getOrDefault(industry, industry),
                text(columns, line, RosterColumn.COUNTY),
                labelled(EnterpriseScale.class, EnterpriseScale.ABOVE, RosterColumn.SCALE, columns, line, cells),
                labelled(Specialization.class, Specialization.NONE, RosterColumn.SPECIALIZATION, columns, line, cells),
                batch(columns, line, cells),
                optional(text(columns, line, RosterColumn.CONTACT_NAME)),
                optional(text(columns, line, RosterColumn.CONTACT_PHONE)));
        validator.check(draft, codes, "", cells);
        Set<String> reported = new LinkedHashSet<>();
        for (FieldError error : cells.errors()) {
            if (reported.add(error.field())) {
                add(line.row(), header(header, columns, column(error.field())), error.message());
            }
        }
        return draft;
    }

    private static String text(Map<RosterColumn, Integer> columns, RosterFile.Line line, RosterColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : line.cell(index);
    }

    private static <E extends Enum<E> & Labelled> E labelled(
            Class<E> type,
            E standIn,
            RosterColumn column,
            Map<RosterColumn, Integer> columns,
            RosterFile.Line line,
            Violations cells) {
        String text = text(columns, line, column);
        return Labelled.parse(type, text).orElseGet(() -> {
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(e -> e.label() + "（" + e.name() + "）")
                    .collect(Collectors.joining("、"));
            cells.add(column.field, text.isEmpty() ? "不能为空" : "取值" + Quoted.value(text) + "无效，应为 " + allowed);
            return standIn;
        });
    }

    private static Integer batch(Map<RosterColumn, Integer> columns, RosterFile.Line line, Violations cells) {
        String text = text(columns, line, RosterColumn.BATCH);
        try {
            return new BigDecimal(text).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            cells.add(RosterColumn.BATCH.field, text.isEmpty() ? "不能为空" : "取值" + Quoted.value(text) + "不是整数");
            return 1;
        }
    }

    /** The column's header as the sheet spells it; only columns the sheet has can have errors. */
    private static String header(RosterFile.Line header, Map<RosterColumn, Integer> columns, RosterColumn column) {
        Integer index = columns.get(column);
        return index == null ? column.headers.getFirst() : header.cell(index);
    }

    private static @Nullable String optional(String text) {
        return text.isEmpty() ? null : text;
    }

    private static RosterColumn column(String field) {
        return Arrays.stream(RosterColumn.values())
                .filter(column -> column.field.equals(field))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no column for field " + field));
    }

    private void add(int row, String header, String message) {
        badRows.add(row);
        violations.add("第 " + row + " 行 " + header.strip(), message);
    }

    private String rejection() {
        String rows = badRows.stream().limit(20).map(String::valueOf).collect(Collectors.joining("、"));
        return "导入被拒绝：第 " + rows + (badRows.size() > 20 ? " 等 " + badRows.size() + " 行" : " 行") + "有误，未写入任何数据"
                + (violations.errors().size() >= MAX_ERRORS ? "（仅列出前 " + MAX_ERRORS + " 处）" : "");
    }
}
