package org.veil.core.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** AES-256-GCM with associated data, HMAC-SHA-256 and Argon2id key derivation. */
public final class Crypto {
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Crypto() {
    }

    public static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** Argon2id: memory-hard, so guessing passphrases costs memory as well as time. */
    public static byte[] argon2id(char[] passphrase, byte[] salt, int memoryKib, int iterations, int parallelism) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withSalt(salt)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(parallelism).build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] out = new byte[32];
        gen.generateBytes(passphrase, out);
        return out;
    }

    /** nonce ‖ ciphertext ‖ tag; {@code context} is authenticated so a blob cannot be moved elsewhere. */
    public static byte[] seal(byte[] key, byte[] plain, String context) {
        try {
            byte[] nonce = random(NONCE);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] body = c.doFinal(plain);
            byte[] out = Arrays.copyOf(nonce, NONCE + body.length);
            System.arraycopy(body, 0, out, NONCE, body.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** @throws AEADBadTagException when the key is wrong or the blob or its context was changed */
    public static byte[] open(byte[] key, byte[] sealed, String context) throws AEADBadTagException {
        if (sealed == null || sealed.length < NONCE + 16) {
            throw new AEADBadTagException("truncated");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(128, sealed, 0, NONCE));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public static byte[] hmac(byte[] key, String message) {
        return hmacSha256(key).doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    /** HMAC-SHA-256 over length-prefixed fields, so that no two different field lists give one input. */
    public static byte[] hmac(byte[] key, byte[]... fields) {
        Mac mac = hmacSha256(key);
        for (byte[] f : fields) {
            updateField(mac, f);
        }
        return mac.doFinal();
    }

    /** A fresh HMAC-SHA-256 keyed with {@code key}, for input fed in pieces. */
    public static Mac hmacSha256(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }

    /** One field: its length (-1 for null) then its bytes. */
    static void updateField(Mac mac, byte[] field) {
        int n = field == null ? -1 : field.length;
        mac.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        if (field != null) {
            mac.update(field);
        }
    }
}
