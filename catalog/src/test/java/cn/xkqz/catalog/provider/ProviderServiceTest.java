package cn.xkqz.catalog.provider;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.catalog.TestData;
import cn.xkqz.catalog.TestData.ProviderBuilder;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.test.StepVerifier;

@SpringBootTest
class ProviderServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    ProviderService providers;

    @Test
    void aProviderThatAppliesStartsAsApplied() {
        Provider created = providers.create(TestData.provider("申请中服务商")).block(TIMEOUT);

        assertThat(created.status()).isEqualTo(ProviderStatus.APPLIED);
        assertThat(providers.get(created.id()).block(TIMEOUT)).isEqualTo(created);
    }

    @Test
    void aCreditCodeBelongsToOneProvider() {
        ProviderDraft first = TestData.provider("先来的服务商");
        providers.create(first).block(TIMEOUT);
        ProviderBuilder second = new ProviderBuilder("后到的服务商");
        second.creditCode = first.creditCode();

        StepVerifier.create(providers.create(second.build()))
                .expectErrorSatisfies(e ->
                        assertThat(e).isInstanceOf(ConflictException.class).hasMessageContaining(first.creditCode()))
                .verify(TIMEOUT);
    }

    @Test
    void editsNeedTheCurrentVersion() {
        Provider created = providers.create(TestData.provider("改名服务商")).block(TIMEOUT);
        ProviderBuilder renamed = new ProviderBuilder("改名后的服务商");
        renamed.creditCode = created.creditCode();

        Provider updated = providers
                .update(created.id(), new ProviderUpdate(created.version(), renamed.build()))
                .block(TIMEOUT);

        assertThat(updated.name()).isEqualTo("改名后的服务商");
        StepVerifier.create(providers.update(created.id(), new ProviderUpdate(created.version(), renamed.build())))
                .expectError(ConflictException.class)
                .verify(TIMEOUT);
    }

    @Test
    void invalidInputIsRefusedBeforeAnythingIsWritten() {
        ProviderBuilder invalid = new ProviderBuilder("无效服务商");
        invalid.industries = java.util.List.of("SPACE");

        StepVerifier.create(providers.create(invalid.build()))
                .expectError(InvalidInputException.class)
                .verify(TIMEOUT);
    }
}
