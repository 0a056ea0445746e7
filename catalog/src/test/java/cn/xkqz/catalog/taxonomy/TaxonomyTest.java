package cn.xkqz.catalog.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class TaxonomyTest {

    @Autowired
    Taxonomy taxonomy;

    @Test
    void seedsThePilotIndustriesInOrder() {
        assertThat(taxonomy.industries().block(Duration.ofSeconds(30)))
                .extracting(Industry::code, Industry::name)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("LIFTING_EQUIPMENT", "起重装备"),
                        org.assertj.core.groups.Tuple.tuple("MEDICAL_DEVICES", "高端医疗器械及卫材"))
                .hasSize(5)
                .last()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple("GENERAL", "通用"));
    }

    @Test
    void seedsTheSeventeenDemandScenes() {
        assertThat(taxonomy.scenes().block(Duration.ofSeconds(30)))
                .hasSize(17)
                .extracting(Scene::code)
                .startsWith("PRODUCT_DESIGN", "PROCESS_DESIGN")
                .contains("EQUIPMENT", "ENERGY", "DATA_SECURITY");
    }
}
