package org.redress.evidence.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id key derivation from a passphrase (Bouncy Castle). Not API. */
public final class KeyDerivation {

    private KeyDerivation() {
    }

    /**
     * Argon2id parameters.
     *
     * @param memoryKiB memory in KiB
     * @param iterations passes
     * @param parallelism lanes
     * @param salt random salt
     */
    public record Argon2(int memoryKiB, int iterations, int parallelism, byte[] salt) {

        /** OWASP's minimum recommendation for Argon2id (19 MiB, 2 passes, 1 lane) with this salt. */
        public static Argon2 defaults(byte[] salt) {
            return new Argon2(19 * 1024, 2, 1, salt.clone());
        }

        /** The parameters as stored in {@code vault.json}. */
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("algorithm", "argon2id");
            m.put("memoryKiB", memoryKiB);
            m.put("iterations", iterations);
            m.put("parallelism", parallelism);
            m.put("salt", Base64.getEncoder().encodeToString(salt));
            return m;
        }

        /** Reads stored parameters, refusing values that would make opening the vault a denial of service. */
        public static Argon2 fromJson(JsonNode node) throws IOException {
            int memory = node.path("memoryKiB").asInt(-1);
            int iterations = node.path("iterations").asInt(-1);
            int parallelism = node.path("parallelism").asInt(-1);
            byte[] salt;
            try {
                salt = Base64.getDecoder().decode(node.path("salt").asText(""));
            } catch (IllegalArgumentException e) {
                throw new IOException("The vault's key derivation salt is not base64.");
            }
            if (memory < 8 || memory > 4 * 1024 * 1024 || iterations < 1 || iterations > 100 || parallelism < 1
                    || parallelism > 64 || salt.length < 8) {
                throw new IOException("The vault's key derivation parameters are out of range.");
            }
            return new Argon2(memory, iterations, parallelism, salt);
        }
    }

    /** A 32-byte key from a passphrase. */
    public static byte[] argon2id(char[] passphrase, Argon2 p) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKiB())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .withSalt(p.salt())
                .build());
        byte[] key = new byte[32];
        generator.generateBytes(passphrase, key);
        return key;
    }
}
