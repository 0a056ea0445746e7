package cn.xkqz.matching;

import cn.xkqz.matching.ranking.MatchWeights;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The ranking weights, from {@code xkqz.matching.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchWeights.class)
public class MatchingConfiguration {}
