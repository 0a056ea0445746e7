package cn.xkqz.catalog;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The catalogue module on its own, for its tests. */
@SpringBootApplication
class CatalogTestApplication {}
