package cn.xkqz.api.catalog;

import cn.xkqz.api.problem.JsonInputErrors;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.importing.CatalogImport;
import cn.xkqz.catalog.importing.ImportedProvider;
import cn.xkqz.catalog.importing.ImportedSolution;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads an import file record by record, so that a value of the wrong type is reported under the ref
 * of the record it is in ({@code solutions[S003].deliveryMode}), like every other import error.
 */
@Component
class ImportFileReader {

    private final ObjectMapper json;

    ImportFileReader(ObjectMapper json) {
        this.json = json;
    }

    CatalogImport read(JsonNode file) {
        List<FieldError> errors = new ArrayList<>();
        if (!file.isObject()) {
            throw new InvalidInputException("导入文件应为 JSON 对象 {\"providers\": [...], \"solutions\": [...]}", List.of());
        }
        List<ImportedProvider> providers = records(file, "providers", ImportedProvider.class, errors);
        List<ImportedSolution> solutions = records(file, "solutions", ImportedSolution.class, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("导入被拒绝：有字段类型不符，未写入任何数据", errors);
        }
        return new CatalogImport(providers, solutions);
    }

    private <T> List<T> records(JsonNode file, String list, Class<T> type, List<FieldError> errors) {
        JsonNode records = file.path(list);
        if (records.isMissingNode() || records.isNull()) {
            return List.of();
        }
        if (!records.isArray()) {
            errors.add(new FieldError(list, "类型不符：应为数组"));
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            try {
                result.add(json.treeToValue(record, type));
            } catch (JacksonException e) {
                String ref = record.path("ref").isString() ? record.path("ref").asString() : "#" + i;
                errors.add(JsonInputErrors.toFieldError(e, list + "[" + ref + "]."));
            }
        }
        return result;
    }
}
