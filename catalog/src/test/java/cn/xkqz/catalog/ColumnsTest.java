package cn.xkqz.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/** {@link Columns#required} on real PostgreSQL rows: a value passes, a null names its column. */
@SpringBootTest
class ColumnsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    DatabaseClient db;

    @Test
    void passesAValueThrough() {
        db.sql("select 'x'::text as name, 7::bigint as n")
                .map(row -> Columns.required(row, "name", String.class) + Columns.required(row, 1, Long.class))
                .one()
                .as(StepVerifier::create)
                .assertNext(value -> assertThat(value).isEqualTo("x7"))
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void refusesANullNamingTheColumn() {
        db.sql("select null::text as name")
                .map(row -> Columns.required(row, "name", String.class))
                .one()
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("column name is null"))
                .verify(TIMEOUT);
        db.sql("select null::bigint")
                .map(row -> Columns.required(row, 0, Long.class))
                .one()
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("column 0 is null"))
                .verify(TIMEOUT);
    }
}
