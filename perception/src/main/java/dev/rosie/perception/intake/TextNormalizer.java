package dev.rosie.perception.intake;

import java.text.Normalizer;
import java.util.Map;

/**
 * Puts text into one canonical form before anything reads it, so that look-alike characters,
 * invisible characters and odd spacing cannot smuggle a different meaning past the planner or the
 * screener.
 */
public final class TextNormalizer {
    /** Letters NFKC leaves alone but that look like Latin ones (Cyrillic and Greek homoglyphs). */
    private static final Map<Character, Character> CONFUSABLES = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'),
            Map.entry('с', 'c'), Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'),
            Map.entry('ј', 'j'), Map.entry('ѕ', 's'), Map.entry('ԁ', 'd'), Map.entry('ӏ', 'l'),
            Map.entry('А', 'A'), Map.entry('В', 'B'), Map.entry('Е', 'E'), Map.entry('К', 'K'),
            Map.entry('М', 'M'), Map.entry('Н', 'H'), Map.entry('О', 'O'), Map.entry('Р', 'P'),
            Map.entry('С', 'C'), Map.entry('Т', 'T'), Map.entry('Х', 'X'), Map.entry('α', 'a'),
            Map.entry('ο', 'o'), Map.entry('ρ', 'p'), Map.entry('ν', 'v'), Map.entry('Α', 'A'),
            Map.entry('Β', 'B'), Map.entry('Ε', 'E'), Map.entry('Κ', 'K'), Map.entry('Ο', 'O'),
            Map.entry('Ρ', 'P'), Map.entry('Τ', 'T'), Map.entry('Χ', 'X'), Map.entry('’', '\''),
            Map.entry('‘', '\''), Map.entry('“', '"'), Map.entry('”', '"'));

    public String normalize(String raw) {
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.CONTROL && !Character.isWhitespace(cp)) {
                return; // zero-width joiners, bidi overrides, BOMs, NULs: invisible, so never meaningful
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
                return;
            }
            if (cp <= Character.MAX_VALUE && CONFUSABLES.containsKey((char) cp)) {
                out.append(CONFUSABLES.get((char) cp));
                return;
            }
            out.appendCodePoint(cp);
        });
        return out.toString().replaceAll(" {2,}", " ").trim();
    }
}
