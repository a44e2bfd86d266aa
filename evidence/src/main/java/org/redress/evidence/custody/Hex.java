package org.redress.evidence.custody;

import java.util.HexFormat;
import java.util.List;

/** Lower-case hex. */
final class Hex {

    private static final HexFormat HEX = HexFormat.of();

    private Hex() {
    }

    static String encode(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static byte[] decode(String hex) {
        return HEX.parseHex(hex);
    }

    static List<byte[]> decodeAll(List<String> hex) {
        return hex.stream().map(Hex::decode).toList();
    }

    static List<String> encodeAll(List<byte[]> bytes) {
        return bytes.stream().map(Hex::encode).toList();
    }
}
