package cn.xkqz.catalog.importing;

import cn.xkqz.catalog.error.Quoted;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.catalog.validation.Violations;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every rule of an import file, checked before anything is written: each record's own fields, and what
 * records must agree on (unique refs and credit codes, solutions pointing at providers of the file).
 * Errors are reported under the record's ref, e.g. {@code solutions[S003].priceYuan}.
 */
final class ImportCheck {

    private final CatalogValidator validator;
    private final Taxonomy.Codes codes;
    private final Violations violations = new Violations();
    private final Set<String> badRecords = new LinkedHashSet<>();

    ImportCheck(CatalogValidator validator, Taxonomy.Codes codes) {
        this.validator = validator;
        this.codes = codes;
    }

    void run(CatalogImport file) {
        if (file.providers().size() > CatalogImport.MAX_PROVIDERS) {
            violations.add("providers", "一次最多导入 " + CatalogImport.MAX_PROVIDERS + " 个服务商，请分批导入");
        }
        if (file.solutions().size() > CatalogImport.MAX_SOLUTIONS) {
            violations.add("solutions", "一次最多导入 " + CatalogImport.MAX_SOLUTIONS + " 个方案，请分批导入");
        }
        Set<String> providerRefs = checkProviders(file.providers());
        checkSolutions(file.solutions(), providerRefs);
        violations.throwIfAny(
                badRecords.isEmpty() ? "导入文件有误，未写入任何数据" : "导入被拒绝：记录 " + String.join("、", badRecords) + " 有误，未写入任何数据");
    }

    private Set<String> checkProviders(List<ImportedProvider> providers) {
        Set<String> refs = new LinkedHashSet<>();
        Map<String, String> refByCreditCode = new HashMap<>();
        for (int i = 0; i < providers.size(); i++) {
            ImportedProvider provider = providers.get(i);
            if (provider == null) {
                violations.add("providers[#" + i + "]", "不能为空");
                continue;
            }
            String path = path("providers", provider.ref(), i);
            int before = violations.errors().size();
            checkRef(path, provider.ref(), refs);
            validator.check(provider.provider(), codes, path + ".", violations);
            String code = provider.provider().creditCode();
            String firstRef = code == null ? null : refByCreditCode.putIfAbsent(code, String.valueOf(provider.ref()));
            if (firstRef != null) {
                violations.add(path + ".creditCode", "与 providers[" + firstRef + "] 的统一社会信用代码重复");
            }
            noteIfBad(before, provider.ref(), path);
        }
        return refs;
    }

    private void checkSolutions(List<ImportedSolution> solutions, Set<String> providerRefs) {
        Set<String> refs = new LinkedHashSet<>();
        Set<String> namesPerProvider = new LinkedHashSet<>();
        for (int i = 0; i < solutions.size(); i++) {
            ImportedSolution solution = solutions.get(i);
            if (solution == null) {
                violations.add("solutions[#" + i + "]", "不能为空");
                continue;
            }
            String path = path("solutions", solution.ref(), i);
            int before = violations.errors().size();
            checkRef(path, solution.ref(), refs);
            if (solution.providerRef() == null || !providerRefs.contains(solution.providerRef())) {
                violations.add(path + ".providerRef", "文件中没有 ref 为" + Quoted.value(solution.providerRef()) + "的服务商");
            }
            validator.check(solution.solution(), codes, path + ".", violations);
            if (!namesPerProvider.add(
                    solution.providerRef() + "/" + solution.solution().name())) {
                violations.add(
                        path + ".name",
                        "同一服务商下已有同名方案" + Quoted.value(solution.solution().name()));
            }
            noteIfBad(before, solution.ref(), path);
        }
    }

    private void checkRef(String path, String ref, Set<String> seen) {
        if (ref == null || ref.isBlank()) {
            violations.add(path + ".ref", "不能为空");
        } else if (ref.length() > 50) {
            violations.add(path + ".ref", "长度不能超过50");
        } else if (!seen.add(ref)) {
            violations.add(path + ".ref", "ref" + Quoted.value(ref) + "重复");
        }
    }

    private void noteIfBad(int errorsBefore, String ref, String path) {
        if (violations.errors().size() > errorsBefore) {
            badRecords.add(ref == null || ref.isBlank() ? path : ref);
        }
    }

    private static String path(String list, String ref, int index) {
        return list + "[" + (ref == null || ref.isBlank() ? "#" + index : ref) + "]";
    }
}
