package cn.xkqz.indexer;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The catalogue and the indexer without the HTTP layer, for the indexer's tests. */
@SpringBootApplication(scanBasePackages = "cn.xkqz")
class IndexerTestApplication {}
