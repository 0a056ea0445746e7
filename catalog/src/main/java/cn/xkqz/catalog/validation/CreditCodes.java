package cn.xkqz.catalog.validation;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character set,
 * an administrative-division code in positions 3 to 8 and a check character computed over the first 17.
 */
public final class CreditCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {}

    /** Why {@code code} is not a valid credit code, or empty when it is one. */
    public static Optional<String> problem(String code) {
        if (code.length() != 18) {
            return Optional.of("统一社会信用代码必须是18位，当前为" + code.length() + "位");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("第" + (i + 1) + "位字符“" + code.charAt(i) + "”无效：只允许数字和除 I、O、S、V、Z 以外的大写字母");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.of("第3至8位应为行政区划代码（6位数字）");
            }
        }
        char expected = checkCharacter(code);
        return code.charAt(17) == expected ? Optional.empty() : Optional.of("校验位错误：按前17位计算，第18位应为“" + expected + "”");
    }

    /** The check character for the first 17 characters of {@code code}. */
    public static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }
}
