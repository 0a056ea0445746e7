package cn.xkqz.catalog.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.catalog.TestData;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.test.StepVerifier;

@SpringBootTest
class EnterpriseServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    EnterpriseService enterprises;

    @Test
    void registersAndReadsAnEnterprise() {
        Enterprise created = enterprises.create(TestData.enterprise("新乡某减震器厂")).block(TIMEOUT);

        assertThat(enterprises.get(created.id()).block(TIMEOUT)).isEqualTo(created);
        assertThat(created.industry()).isEqualTo("AUTO_PARTS");
    }

    @Test
    void anEnterpriseBelongsToAConcreteIndustry() {
        EnterpriseDraft general = TestData.enterprise("通用企业");
        EnterpriseDraft draft = new EnterpriseDraft(
                general.name(),
                general.creditCode(),
                "GENERAL",
                general.county(),
                general.scale(),
                general.specialization(),
                general.batch(),
                null,
                null);

        StepVerifier.create(enterprises.create(draft))
                .expectErrorSatisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("industry"))
                .verify(TIMEOUT);
    }

    @Test
    void anEnterpriseIsRegisteredOnce() {
        EnterpriseDraft draft = TestData.enterprise("重复登记企业");
        enterprises.create(draft).block(TIMEOUT);

        StepVerifier.create(enterprises.create(draft))
                .expectError(ConflictException.class)
                .verify(TIMEOUT);
    }
}
