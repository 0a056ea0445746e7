-- Reference data: the four pilot industries plus GENERAL, and the demand scenes of MIIT's 2024
-- SME digital-level indicators. Codes are the public contract; names are what people read.
create table industry (
    code     varchar(40) primary key,
    name     varchar(50) not null,
    note     varchar(200) not null,
    position int not null
);

create table scene (
    code     varchar(40) primary key,
    name     varchar(50) not null,
    area     varchar(50) not null,
    position int not null
);

insert into industry (code, name, note, position) values
    ('LIFTING_EQUIPMENT', '起重装备', '桥式/门式起重机、电动葫芦、起重配套件；长垣是主要集聚区', 1),
    ('MEDICAL_DEVICES', '高端医疗器械及卫材', '医用耗材、卫生材料、敷料、器械', 2),
    ('AUTO_PARTS', '汽车零部件', '减震器、转向系统、制动、电池配件、橡塑件', 3),
    ('NEW_CHEMICALS', '新型化工', '精细化工、新材料、电池材料、涂料', 4),
    ('GENERAL', '通用', '不限行业的跨行业方案', 5);

insert into scene (code, name, area, position) values
    ('PRODUCT_DESIGN', '产品设计', '数字化经营', 1),
    ('PROCESS_DESIGN', '工艺设计', '数字化经营', 2),
    ('MARKETING', '营销管理', '数字化经营', 3),
    ('AFTER_SALES', '售后服务', '数字化经营', 4),
    ('PLANNING_SCHEDULING', '计划排程', '数字化经营', 5),
    ('PRODUCTION_CONTROL', '生产管控', '数字化经营', 6),
    ('QUALITY', '质量管理', '数字化经营', 7),
    ('EQUIPMENT', '设备管理', '数字化经营', 8),
    ('SAFETY', '安全生产', '数字化经营', 9),
    ('ENERGY', '能耗管理', '数字化经营', 10),
    ('PROCUREMENT', '采购管理', '数字化经营', 11),
    ('WAREHOUSE_LOGISTICS', '仓储物流', '数字化经营', 12),
    ('FINANCE', '财务管理', '数字化经营', 13),
    ('HR', '人力资源', '数字化经营', 14),
    ('COLLABORATION', '协同办公', '数字化经营', 15),
    ('SUPPLY_CHAIN', '供应链协同', '链式转型', 16),
    ('DATA_SECURITY', '网络与数据安全', '数字化基础', 17);
