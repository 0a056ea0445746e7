package cn.xkqz.api.problem;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses control characters other than tab and line breaks, and unpaired surrogates ({@code "\ud800"}),
 * in every JSON string the API reads. PostgreSQL cannot store U+0000 at all, refuses a lone surrogate
 * in jsonb and turns it into {@code ?} in text, and control characters are invisible in every screen
 * that shows the text; a field that has one gets a field error instead of a failed or altered write.
 */
@Component
public class TextInputModule extends SimpleModule {

    public TextInputModule() {
        super("xkqz-text-input");
        addDeserializer(String.class, new PlainTextDeserializer());
    }

    private static final class PlainTextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            String problem = text == null ? null : problem(text);
            if (problem != null) {
                throw InvalidFormatException.from(p, problem, text, String.class);
            }
            return text;
        }
    }

    /** What is wrong with {@code text} (in Chinese, naming the character), or null when nothing is. */
    public static @Nullable String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return "第 %d 个字符是不可见的控制字符 U+%04X，请删除后再提交".formatted(i + 1, (int) c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "第 %d 个字符是不成对的代理码元 U+%04X，不是合法的 Unicode 字符，请删除后再提交".formatted(i + 1, (int) c);
            }
        }
        return null;
    }
}
