package cn.xkqz.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.localstack.LocalStack;
import cn.xkqz.localstack.LocalStackSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The packaged plugin zip, installed into a real Elasticsearch node, seen through its REST API. */
class AnalysisPluginIT {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static URI node;

    @BeforeAll
    static void startNodeWithPlugin() {
        node = LocalStack.elasticsearch(
                LocalStackSettings.from(new StandardEnvironment()), LogFactory.getLog(AnalysisPluginIT.class));
    }

    @Test
    void analyzerSegmentsChineseIntoWords() throws Exception {
        JsonNode result = call("POST", "/_analyze", """
                {"analyzer": "xkqz_chinese",
                 "text": "中小企业数字化转型公共服务平台提供设备管理和能耗监测解决方案"}""");

        assertThat(tokens(result))
                .containsExactly("中小企业", "数字化", "转型", "公共", "服务", "平台", "提供", "设备", "管理", "和", "能耗", "监测", "解决", "方案");
    }

    @Test
    void tokenizerAndStopFilterComposeIntoACustomChain() throws Exception {
        JsonNode result = call("POST", "/_analyze", """
                {"tokenizer": "xkqz_smartcn_tokenizer",
                 "filter": [{"type": "xkqz_stop", "stopwords": ["的"]}],
                 "text": "设备的管理，能耗"}""");

        assertThat(tokens(result)).containsExactly("设备", "管理", "能耗");
    }

    @Test
    void synonymRuleMatchesBothWaysInASearch() throws Exception {
        call("PUT", "/synonym-check", """
                {"settings": {"number_of_replicas": 0, "analysis": {
                   "filter": {"domain_synonyms": {"type": "xkqz_synonym_graph", "synonyms": ["能耗, 能源消耗"]}},
                   "analyzer": {"with_synonyms": {"type": "custom", "tokenizer": "xkqz_smartcn_tokenizer",
                                                  "filter": ["xkqz_stop", "domain_synonyms"]}}}},
                 "mappings": {"properties": {"text": {"type": "text", "analyzer": "xkqz_chinese",
                                                       "search_analyzer": "with_synonyms"}}}}""");
        call("PUT", "/synonym-check/_doc/short?refresh=true", "{\"text\": \"工厂能耗监测\"}");
        call("PUT", "/synonym-check/_doc/long?refresh=true", "{\"text\": \"降低能源消耗\"}");

        assertThat(hitIds("能源消耗")).contains("short");
        assertThat(hitIds("能耗")).contains("long");
    }

    private static List<String> hitIds(String query) throws IOException, InterruptedException {
        JsonNode result = call("POST", "/synonym-check/_search", """
                {"query": {"match": {"text": {"query": "%s", "operator": "and"}}}}""".formatted(query));
        return result.path("hits")
                .path("hits")
                .valueStream()
                .map(h -> h.path("_id").asString())
                .toList();
    }

    private static List<String> tokens(JsonNode analyzeResult) {
        return analyzeResult
                .path("tokens")
                .valueStream()
                .map(t -> t.path("token").asString())
                .toList();
    }

    private static JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(node.resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }
}
