package cn.xkqz.matching;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Catalogue, indexer and matching without the HTTP layer, for the matching tests. */
@SpringBootApplication(scanBasePackages = "cn.xkqz")
class MatchingTestApplication {}
