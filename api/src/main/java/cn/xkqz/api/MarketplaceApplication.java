package cn.xkqz.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The 小快轻准 marketplace service: catalogue, search and matching over HTTP. */
@SpringBootApplication(scanBasePackages = "cn.xkqz")
public class MarketplaceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MarketplaceApplication.class, args);
    }
}
