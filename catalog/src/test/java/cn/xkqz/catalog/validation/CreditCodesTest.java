package cn.xkqz.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xkqz.catalog.TestData;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodesTest {

    @ParameterizedTest
    @CsvSource({"91350100M000100Y43", "91110000600037341L", "914101007571384660"})
    void acceptsPublishedCodes(String code) {
        assertThat(CreditCodes.problem(code)).isEmpty();
    }

    @RepeatedTest(20)
    void acceptsGeneratedCodes() {
        assertThat(CreditCodes.problem(TestData.creditCode())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "91350100M000100Y4, 必须是18位，当前为17位",
        "91350100M000100Y433, 必须是18位，当前为19位",
        "91350100M0001I0Y43, 第14位字符“I”无效",
        "9135A100M000100Y43, 第3至8位应为行政区划代码",
        "91350100M000100Y44, 校验位错误：按前17位计算，第18位应为“3”"
    })
    void explainsWhatIsWrong(String code, String reason) {
        assertThat(CreditCodes.problem(code))
                .hasValueSatisfying(p -> assertThat(p).contains(reason));
    }

    @Test
    void everySingleCharacterTypoIsCaught() {
        String valid = "91350100M000100Y43";
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 17; i++) {
            for (char c : charset.toCharArray()) {
                if (c != valid.charAt(i) && (i < 2 || i > 7 || Character.isDigit(c))) {
                    String typo = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertThat(CreditCodes.problem(typo)).as(typo).isPresent();
                }
            }
        }
    }
}
