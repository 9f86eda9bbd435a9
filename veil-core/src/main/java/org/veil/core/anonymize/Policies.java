package org.veil.core.anonymize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;

/**
 * The built-in presets and the policy file format. A policy file (YAML or JSON):
 * <pre>
 * name: my-policy
 * default: placeholder            # operator for DIRECT/QUASI spans no rule names
 * rules:
 *   PERSON: {DIRECT: surrogate, QUASI: placeholder}
 *   DATETIME: {QUASI: generalise}
 *   CODE: {DIRECT: {operator: mask, keep: 4}}
 * </pre>
 */
public final class Policies {
    public static final List<String> PRESETS = List.of("publish", "pseudonymise", "review");
    private static final Set<String> TOP_KEYS = Set.of("name", "default", "rules");

    private Policies() {
    }

    public static Policy preset(String name) {
        return switch (name) {
            case "publish" -> publish();
            case "pseudonymise", "pseudonymize" -> pseudonymise();
            case "review" -> review();
            default -> throw new PolicyException("unknown preset '" + name + "'; presets are " + PRESETS);
        };
    }

    /** Every DIRECT and QUASI identifier handled: placeholders, with generalisation where it keeps meaning. */
    public static Policy publish() {
        Map<EntityType, Map<IdentifierKind, Operator>> r = new EnumMap<>(EntityType.class);
        Operator gen = new Operator.Generalise();
        r.put(EntityType.DATETIME, Map.of(IdentifierKind.QUASI, gen, IdentifierKind.DIRECT, gen));
        r.put(EntityType.QUANTITY, Map.of(IdentifierKind.QUASI, gen));
        r.put(EntityType.DEMOGRAPHIC, Map.of(IdentifierKind.QUASI, gen));
        return new Policy("publish", r, new Operator.Placeholder());
    }

    /** Realistic surrogates everywhere they exist. */
    public static Policy pseudonymise() {
        return new Policy("pseudonymise", Map.of(), new Operator.Surrogate());
    }

    /** Marks what would be replaced; replaces nothing. */
    public static Policy review() {
        Map<EntityType, Map<IdentifierKind, Operator>> r = new EnumMap<>(EntityType.class);
        return new Policy("review", r, new Operator.Mark());
    }

    /** A preset by name ("pseudonymize" too), else the policy file at that path. */
    public static Policy named(String nameOrFile) {
        return PRESETS.contains(nameOrFile) || nameOrFile.equals("pseudonymize")
                ? preset(nameOrFile) : parse(Path.of(nameOrFile));
    }

    public static Policy parse(Path file) {
        String raw;
        try {
            raw = Files.readString(file);
        } catch (IOException e) {
            throw new PolicyException("cannot read policy " + file + ": " + e.getMessage());
        }
        JsonNode root;
        try {
            ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper()
                    : new ObjectMapper(new YAMLFactory());
            root = mapper.readTree(raw);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new PolicyException(file + " line " + line + ": not valid YAML/JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new PolicyException("cannot read policy " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new PolicyException("policy " + file + " must be a mapping with 'rules'");
        }
        Located at = new Located(file, raw);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!TOP_KEYS.contains(key)) {
                throw at.error(key, "unknown key '" + key + "' (expected name, default, rules)");
            }
        }
        Operator fallback = root.has("default") ? operator(root.get("default"), at) : new Operator.Placeholder();
        Map<EntityType, Map<IdentifierKind, Operator>> rules = new EnumMap<>(EntityType.class);
        JsonNode r = root.path("rules");
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            EntityType type = parseEnum(EntityType.class, e.getKey(), at, "entity type");
            Map<IdentifierKind, Operator> byKind = new EnumMap<>(IdentifierKind.class);
            if (e.getValue().isTextual() || e.getValue().has("operator")) {
                Operator op = operator(e.getValue(), at);
                byKind.put(IdentifierKind.DIRECT, op);
                byKind.put(IdentifierKind.QUASI, op);
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> k = e.getValue().fields(); k.hasNext(); ) {
                    Map.Entry<String, JsonNode> kv = k.next();
                    byKind.put(parseEnum(IdentifierKind.class, kv.getKey(), at, "identifier kind"),
                            operator(kv.getValue(), at));
                }
            }
            rules.put(type, byKind);
        }
        return new Policy(root.path("name").asText(file.getFileName().toString()), rules, fallback);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> cls, String value, Located at, String what) {
        try {
            return Enum.valueOf(cls, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw at.error(value, "unknown " + what + " '" + value + "' (expected one of "
                    + List.of(cls.getEnumConstants()) + ")");
        }
    }

    private static Operator operator(JsonNode node, Located at) {
        String name = node.isTextual() ? node.asText() : node.path("operator").asText("");
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "keep" -> new Operator.Keep();
            case "mark" -> new Operator.Mark();
            case "redact" -> new Operator.Redact(node.path("marker").asText(Labels.DEFAULT_MARKER));
            case "placeholder" -> new Operator.Placeholder();
            case "surrogate" -> new Operator.Surrogate();
            case "generalise", "generalize" -> new Operator.Generalise();
            case "mask" -> new Operator.Mask(node.path("keep").asInt(4), node.path("with").asText("*").charAt(0));
            case "hash" -> new Operator.Hash();
            case "encrypt" -> new Operator.Encrypt();
            default -> throw at.error(name, "unknown operator '" + name + "' (expected keep, mark, redact,"
                    + " placeholder, surrogate, generalise, mask, hash, encrypt)");
        };
    }

    /** Finds the line of an offending token so the error can name it. */
    private record Located(Path file, String raw) {
        PolicyException error(String token, String message) {
            String[] lines = raw.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!token.isEmpty() && lines[i].contains(token)) {
                    return new PolicyException(file + " line " + (i + 1) + ": " + message);
                }
            }
            return new PolicyException(file + ": " + message);
        }
    }
}
