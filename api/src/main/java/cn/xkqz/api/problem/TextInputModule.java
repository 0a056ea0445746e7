package cn.xkqz.api.problem;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses control characters other than tab and line breaks in every JSON string the API reads.
 * PostgreSQL cannot store U+0000 at all, and the rest are invisible in every screen that shows
 * the text; a field that has one gets a field error instead of a failed write.
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
            if (text != null) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (isForbidden(c)) {
                        throw InvalidFormatException.from(
                                p, "第 %d 个字符是不可见的控制字符 U+%04X，请删除后再提交".formatted(i + 1, (int) c), text, String.class);
                    }
                }
            }
            return text;
        }

        private static boolean isForbidden(char c) {
            return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
        }
    }
}
