package cn.xkqz.catalog.diagnosis;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One problem an enterprise has, in its own words (客户厂里的行车一趴窝就打电话来催…), optionally tied to
 * the demand scene it belongs to, with a severity from 1 (minor) to 3 (severe; 2 when not given).
 */
public record PainPoint(
        @NotBlank @Size(max = 500) String text,
        @Nullable String scene,

        @Min(value = 1, message = "必须在1到3之间") @Max(value = 3, message = "必须在1到3之间")
        Integer severity) {

    public static final int DEFAULT_SEVERITY = 2;

    public PainPoint {
        severity = severity == null ? DEFAULT_SEVERITY : severity;
    }
}
