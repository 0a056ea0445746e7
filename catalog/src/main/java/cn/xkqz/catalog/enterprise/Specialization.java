package cn.xkqz.catalog.enterprise;

/** 专精特新 status: none, provincial 专精特新, or national 小巨人. */
public enum Specialization {
    NONE,
    PROVINCIAL,
    LITTLE_GIANT
}
