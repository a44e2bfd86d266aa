package org.redress.core.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the first sentence of an accessor's Javadoc from the model sources, for the schema's descriptions. */
final class Javadoc {

    private static final Pattern INLINE = Pattern.compile("\\{@(?:code|link|linkplain|literal) +(?:[^}#]*#)?([^}]*)}");

    private final Path sources;
    private final Map<Class<?>, String> texts = new HashMap<>();

    Javadoc(Path sources) {
        this.sources = sources;
    }

    /** The first sentence of {@code accessor}'s Javadoc, plain text; null when it has none. */
    String describe(Method accessor) {
        Class<?> type = accessor.getDeclaringClass();
        String source = texts.computeIfAbsent(type, this::read);
        // the Javadoc, then annotations (which may span lines), then the declaration; no ';' in between
        Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/(?:(?!/\\*\\*)[^;])*?\\bpublic (?:(?!/\\*\\*)[^;])*?\\b"
                + Pattern.quote(accessor.getName()) + "\\(\\)", Pattern.DOTALL).matcher(source);
        if (!m.find()) {
            return null;
        }
        String text = m.group(1).replaceAll("\\n\\s*\\*", " ").replaceAll("\\s+", " ").trim();
        text = returnSentence(text);
        text = INLINE.matcher(text).replaceAll("$1").replace("()", "");
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /** {@code {@return the x} More.} as Javadoc shows it, without the "Returns": {@code The x. More.} */
    private static String returnSentence(String text) {
        if (!text.startsWith("{@return ")) {
            return text;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                String sentence = text.substring("{@return ".length(), i).trim();
                String rest = text.substring(i + 1).trim();
                return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + "."
                        + (rest.isEmpty() ? "" : " " + rest);
            }
        }
        return text;
    }

    private String read(Class<?> type) {
        Path file = sources.resolve(type.getName().replace('.', '/') + ".java");
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
