package cn.xkqz.indexer;

import cn.xkqz.indexer.search.SearchWeights;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.transport.ElasticsearchTransport;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.r2dbc.repository.config.EnableR2dbcRepositories;

/** The non-blocking Elasticsearch client (on Boot's transport), the search settings and the indexer's repositories. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SearchProperties.class, SearchWeights.class})
@EnableR2dbcRepositories
public class IndexerConfiguration {

    @Bean
    ElasticsearchAsyncClient elasticsearchAsyncClient(ElasticsearchTransport transport) {
        return new ElasticsearchAsyncClient(transport);
    }
}
