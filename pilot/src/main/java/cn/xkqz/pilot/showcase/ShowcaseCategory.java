package cn.xkqz.pilot.showcase;

/** What a showcase shows (样板类别), with the name the bureau publishes it under. */
public enum ShowcaseCategory {
    SMART_FACTORY("智能工厂"),
    SMART_WORKSHOP("智能车间（数字化车间）"),
    GREEN_FACTORY("绿色工厂"),
    SCENE_APPLICATION("典型场景应用"),
    CLOUD_PLATFORM("上云用云");

    private final String label;

    ShowcaseCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
