package cn.xkqz.pilot.chain;

/**
 * How a lead brought its chain along (“链式”转型): by its technology, along its supply chain, onto its
 * platform, or by building an ecosystem around it.
 */
public enum ChainModel {
    TECHNOLOGY,
    SUPPLY_CHAIN,
    PLATFORM,
    ECOSYSTEM
}
