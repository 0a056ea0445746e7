package cn.xkqz.catalog.taxonomy;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A demand scene of MIIT's 2024 SME digital-level indicators, such as EQUIPMENT (设备管理). */
@Table("scene")
public record Scene(@Id String code, String name, String area) {}
