package dev.clinic.systemtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A compact JWS taken apart and put together again, for tests that forge tokens: read a real
 * token's header and claims, re-encode a changed part next to the original signature, or sign
 * claims with a key of the test's own. Base64url without padding throughout (RFC 7515).
 */
record Jwt(String headerSegment, String payloadSegment, String signatureSegment) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    static Jwt parse(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a compact JWS: " + parts.length + " parts");
        }
        return new Jwt(parts[0], parts[1], parts[2]);
    }

    Map<String, Object> header() {
        return decode(headerSegment);
    }

    Map<String, Object> claims() {
        return decode(payloadSegment);
    }

    String kid() {
        return (String) header().get("kid");
    }

    /** The same header and signature around other claims: a tampered token. */
    String withClaims(Map<String, Object> claims) {
        return headerSegment + "." + encode(claims) + "." + signatureSegment;
    }

    /** An unsecured JWS (RFC 7515 appendix A.5): the given header, these claims, an empty signature. */
    String unsigned(Map<String, Object> header) {
        return encode(header) + "." + payloadSegment + ".";
    }

    @Override
    public String toString() {
        return headerSegment + "." + payloadSegment + "." + signatureSegment;
    }

    static String signRs256(Map<String, Object> header, Map<String, Object> claims, PrivateKey key) {
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODER.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String signHs256(Map<String, Object> header, Map<String, Object> claims, byte[] secret) {
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return signingInput + "." + ENCODER.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair newRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public half as a JWK (RFC 7517), as an attacker would embed it in a header. */
    static Map<String, Object> publicJwk(RSAPublicKey key, String kid) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("kid", kid);
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("n", ENCODER.encodeToString(magnitude(key.getModulus().toByteArray())));
        jwk.put("e", ENCODER.encodeToString(magnitude(key.getPublicExponent().toByteArray())));
        return jwk;
    }

    /** A BigInteger's bytes without the sign byte, as JWK's base64urlUInt wants them. */
    private static byte[] magnitude(byte[] twosComplement) {
        if (twosComplement.length > 1 && twosComplement[0] == 0) {
            byte[] magnitude = new byte[twosComplement.length - 1];
            System.arraycopy(twosComplement, 1, magnitude, 0, magnitude.length);
            return magnitude;
        }
        return twosComplement;
    }

    static String encode(Map<String, Object> json) {
        try {
            return ENCODER.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> decode(String segment) {
        try {
            return JSON.readValue(DECODER.decode(segment), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a JSON segment", e);
        }
    }
}
