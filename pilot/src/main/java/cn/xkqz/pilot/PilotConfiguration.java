package cn.xkqz.pilot;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.r2dbc.repository.config.EnableR2dbcRepositories;

/** The programme's repositories and settings. */
@Configuration(proxyBeanMethods = false)
@EnableR2dbcRepositories
@EnableConfigurationProperties(PilotProperties.class)
public class PilotConfiguration {}
