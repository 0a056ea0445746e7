package cn.xkqz.indexer.semantic;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * A vector as short text: each number in half precision (cosines stay within about 0.001), base64.
 * For vectors kept inside JSON documents, such as a saved need's pain points in the need index.
 */
public final class HalfVectors {

    private HalfVectors() {}

    public static String encode(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : vector) {
            bytes.putShort(Float.floatToFloat16(value));
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    public static float[] decode(String text) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(text)).order(ByteOrder.LITTLE_ENDIAN);
        float[] vector = new float[bytes.remaining() / 2];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = Float.float16ToFloat(bytes.getShort());
        }
        return vector;
    }
}
